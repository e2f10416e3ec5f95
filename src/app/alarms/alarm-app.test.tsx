// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { deviceStore, uiStore } from '../../store'
import { createAlarmStore, type AlarmRule, type AlarmTransition } from '../../store/alarms'
import { device, ev } from '../../store/test-events'
import { alarmStore } from './alarm-app-store'
import { startAlarmNotifier, type NotificationApi } from './alarm-notifier'
import { alarmItems, announce } from './alarm-view'
import { useAlarmEngine } from './use-alarm-engine'
import { useDeviceAlarm } from './use-device-alarm'

const T = 1_700_000_000_000
const rule: Omit<AlarmRule, 'id'> = { name: 'Too warm', metric: 'temperature', comparator: 'above', threshold: 8, scope: { kind: 'all' }, delayS: 0, hysteresis: 0, enabled: true }

afterEach(cleanup)

beforeEach(() => {
  deviceStore.getState().clear()
  for (const r of alarmStore.getState().rules) alarmStore.getState().deleteRule(r.id)
  uiStore.getState().setTemperatureUnit('C')
  deviceStore.getState().setDevices([device('fridge', 'temperature', { name: 'Fridge' })])
})

describe('useDeviceAlarm with the engine running', () => {
  it('gives a card its alarm (red) with the rule text in the user’s unit, and nothing once it clears', () => {
    renderHook(() => useAlarmEngine())
    const { result } = renderHook(() => useDeviceAlarm('fridge'))
    expect(result.current).toBeUndefined()
    act(() => {
      alarmStore.getState().addRule(rule)
      deviceStore.getState().applyBatch([ev('temperature', 'fridge', Date.now(), { value: 9 })])
    })
    expect(result.current).toEqual({ severity: 'alarm', text: 'Too warm: above 8 °C' })
    const first = result.current
    act(() => deviceStore.getState().applyBatch([ev('temperature', 'fridge', Date.now() + 1, { value: 9.5 })]))
    act(() => uiStore.getState().setTemperatureUnit('F'))
    expect(result.current?.text).toBe('Too warm: above 46.4 °F')
    expect(first).not.toBe(result.current)
    act(() => deviceStore.getState().applyBatch([ev('temperature', 'fridge', Date.now() + 2, { value: 4 })]))
    expect(result.current).toBeUndefined()
  })

  it('shows a pending alarm as a warning', () => {
    renderHook(() => useAlarmEngine())
    const { result } = renderHook(() => useDeviceAlarm('fridge'))
    act(() => {
      alarmStore.getState().addRule({ ...rule, name: '', delayS: 600 })
      deviceStore.getState().applyBatch([ev('temperature', 'fridge', Date.now(), { value: 9 })])
    })
    expect(result.current).toEqual({ severity: 'warning', text: 'Above 8 °C (pending)' })
  })
})

describe('notifications', () => {
  function fakeApi(permission: NotificationPermission): NotificationApi & { shown: string[] } {
    const shown: string[] = []
    return { shown, permission, requestPermission: async () => permission, show: (title) => void shown.push(title) }
  }
  const describe_ = (t: AlarmTransition) => ({ title: `Alarm ${t.deviceId}`, body: '' })

  it('notifies new firing alarms only when asked for and allowed', () => {
    const store = createAlarmStore()
    const granted = fakeApi('granted')
    const stop = startAlarmNotifier(store, granted, describe_)
    const fire = (kind: AlarmTransition['kind'], deviceId: string) => store.getState().applyEvaluation([], [{ kind, ruleId: 'r', deviceId, time: T, value: 9 }], T)
    fire('fired', 'a')
    expect(granted.shown).toEqual([])
    store.getState().setNotify(true)
    fire('pending', 'b')
    fire('fired', 'c')
    expect(granted.shown).toEqual(['Alarm c'])
    stop()
    fire('fired', 'd')
    expect(granted.shown).toEqual(['Alarm c'])
    const denied = fakeApi('denied')
    startAlarmNotifier(store, denied, describe_)
    fire('fired', 'e')
    expect(denied.shown).toEqual([])
    expect(startAlarmNotifier(store, null, describe_)).toBeTypeOf('function')
  })
})

describe('alarm views', () => {
  it('sorts firing first, then pending, acknowledged, cleared', () => {
    const base = { ruleId: 'r', value: 9, peak: 9, startedAt: T }
    const alarms = {
      a: { ...base, key: 'a', deviceId: 'a', phase: 'cleared', acknowledged: false },
      b: { ...base, key: 'b', deviceId: 'b', phase: 'firing', acknowledged: true },
      c: { ...base, key: 'c', deviceId: 'c', phase: 'pending', acknowledged: false },
      d: { ...base, key: 'd', deviceId: 'd', phase: 'firing', acknowledged: false },
    } as const
    const items = alarmItems(alarms, [{ ...rule, id: 'r' }], (id) => id, 'C')
    expect(items.map((i) => i.deviceId)).toEqual(['d', 'c', 'b', 'a'])
  })

  it('announces when the alarm started, and says so when the samples came late', () => {
    const t: AlarmTransition = { id: 1, kind: 'fired', ruleId: 'r', deviceId: 'd', time: T, at: T, value: 9.5 }
    const now = announce(t, { ...rule, id: 'r' }, 'Fridge', 'C', T + 1000)
    expect(now.title).toBe('Alarm: Fridge')
    expect(now.body).toMatch(/^Too warm: above 8 °C since \d\d:\d\d:\d\d; value 9.5 °C\.$/)
    expect(announce(t, { ...rule, id: 'r' }, 'Fridge', 'C', T + 10 * 60_000).body).toContain('(reported late)')
  })
})
