// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { deviceStore, uiStore } from '../../store'
import { createAlarmStore, type AlarmRule, type AlarmStatus, type AlarmTransition, type StateRule, type ThresholdRule } from '../../store/alarms'
import { device, ev, iso } from '../../store/test-events'
import { createSessionStore } from '../session-state'
import { alarmStore } from './alarm-app-store'
import { startAlarmNotifier, type NotificationApi } from './alarm-notifier'
import { alarmItems, announce, ruleViews, transitionText } from './alarm-view'
import { useAlarmEngine } from './use-alarm-engine'
import { useDeviceAlarm } from './use-device-alarm'

const T = 1_700_000_000_000
const session = createSessionStore()
const rule: Omit<ThresholdRule, 'id'> = { kind: 'threshold', name: 'Too warm', metric: 'temperature', comparator: 'above', threshold: 8, scope: { kind: 'all' }, delayS: 0, hysteresis: 0, enabled: true }

afterEach(cleanup)

beforeEach(() => {
  deviceStore.getState().clear()
  for (const r of alarmStore.getState().rules) alarmStore.getState().deleteRule(r.id)
  uiStore.getState().setTemperatureUnit('C')
  deviceStore.getState().setDevices([device('fridge', 'temperature', { name: 'Fridge' })])
})

describe('useDeviceAlarm with the engine running', () => {
  it('gives a card its alarm (red) with the rule text in the user’s unit, and nothing once it clears', () => {
    renderHook(() => useAlarmEngine(session))
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
    renderHook(() => useAlarmEngine(session))
    const { result } = renderHook(() => useDeviceAlarm('fridge'))
    act(() => {
      alarmStore.getState().addRule({ ...rule, name: '', delayS: 600 })
      deviceStore.getState().applyBatch([ev('temperature', 'fridge', Date.now(), { value: 9 })])
    })
    expect(result.current).toEqual({ severity: 'warning', text: 'Above 8 °C (pending)' })
  })

  it('checks offline rules only while the session’s stream is live, and says what the card shows', () => {
    const live = createSessionStore()
    deviceStore.getState().setDevices([device('fridge', 'temperature', { name: 'Fridge' }, { temperature: { value: 4, updateTime: iso(Date.now() - 3 * 3600_000) } })])
    renderHook(() => useAlarmEngine(live))
    const { result } = renderHook(() => useDeviceAlarm('fridge'))
    act(() => void alarmStore.getState().addRule({ kind: 'offline', name: '', scope: { kind: 'all' }, delayS: 1800, enabled: true }))
    expect(result.current).toBeUndefined()
    act(() => live.setState({ stream: { state: 'live' } as never }))
    act(() => void alarmStore.getState().addRule({ kind: 'offline', name: 'Silent', scope: { kind: 'all' }, delayS: 1800, enabled: true }))
    expect(result.current).toEqual({ severity: 'alarm', text: 'Silent: no data' })
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
    const fire = (kind: AlarmTransition['kind'], deviceId: string) => store.getState().applyEvaluation([], [{ kind, ruleId: 'r', deviceId, time: T, value: 9, startedAt: T }], T)
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
    const t: AlarmTransition = { id: 1, kind: 'fired', ruleId: 'r', deviceId: 'd', time: T, at: T, value: 9.5, startedAt: T }
    const now = announce(t, { ...rule, id: 'r' }, 'Fridge', 'C', T + 1000)
    expect(now.title).toBe('Alarm: Fridge')
    expect(now.body).toMatch(/^Too warm: above 8 °C since \d\d:\d\d:\d\d; value 9.5 °C\.$/)
    expect(announce(t, { ...rule, id: 'r' }, 'Fridge', 'C', T + 10 * 60_000).body).toContain('(reported late)')
  })
})

describe('door, water and offline texts', () => {
  const door: StateRule = { id: 'd', kind: 'doorOpen', name: '', scope: { kind: 'all' }, delayS: 300, enabled: true }
  const water: StateRule = { ...door, id: 'w', kind: 'waterDetected', delayS: 0 }
  const silent: StateRule = { ...door, id: 'o', kind: 'offline', delayS: 1800, name: 'Freezer silent' }
  const tr = (kind: AlarmTransition['kind'], rule: AlarmRule, time: number, startedAt: number): AlarmTransition => ({ id: 1, kind, ruleId: rule.id, deviceId: 'x', time, at: time, value: 1, startedAt })
  const min = (n: number) => T + n * 60_000

  it('read well in the history', () => {
    expect(transitionText(tr('pending', door, min(0), min(0)), door, 'C')).toBe('Door opened')
    expect(transitionText(tr('fired', door, min(5), min(0)), door, 'C')).toBe('Alarm · door open 5 min')
    expect(transitionText(tr('resolved', door, min(1), min(0)), door, 'C')).toBe('Closed before the delay ran out · open 1 min')
    expect(transitionText(tr('cleared', { ...door, name: 'Cold room' }, min(6), min(0)), { ...door, name: 'Cold room' }, 'C')).toBe('Door closed · Cold room · open 6 min')
    expect(transitionText(tr('acknowledged', door, min(6), min(0)), door, 'C')).toBe('Acknowledged · door open')
    expect(transitionText(tr('fired', water, min(0), min(0)), water, 'C')).toBe('Alarm · water detected')
    expect(transitionText(tr('cleared', water, min(3), min(0)), water, 'C')).toBe('Dry again · wet 3 min')
    expect(transitionText(tr('fired', silent, min(30), min(0)), silent, 'C')).toBe('Alarm · Freezer silent · no data for 30 min')
    expect(transitionText(tr('cleared', silent, min(42), min(0)), silent, 'C')).toBe('Heard from again · Freezer silent · silent 42 min')
    expect(transitionText({ ...tr('fired', { ...door, kind: 'threshold' } as never, min(0), min(0)), value: 9.5 }, { ...rule, id: 'd' }, 'C')).toBe('Alarm · Too warm · 9.5 °C')
  })

  it('read well in notifications, with how long so far and since when', () => {
    expect(announce(tr('fired', door, min(5), min(0)), door, 'Cold-room door', 'C', min(6)).body).toMatch(/^Door open 6 min, since \d\d:\d\d:\d\d\.$/)
    expect(announce(tr('fired', water, min(0), min(0)), water, 'Basement', 'C', min(0))).toEqual({ title: 'Alarm: Basement', body: expect.stringMatching(/^Water detected since \d\d:\d\d:\d\d\.$/) })
    // Found on page load hours later: the silence so far, not the delay, and no "reported late".
    expect(announce(tr('fired', silent, min(30), min(0)), silent, 'Freezer 3', 'C', min(180)).body).toMatch(/^Freezer silent: no data for 3 h \(last heard \d\d:\d\d:\d\d\)\.$/)
  })

  it('list items count the time only where it is the news, and rules say which devices they watch', () => {
    const status: AlarmStatus = { key: 'd|x', ruleId: 'd', deviceId: 'x', phase: 'firing', startedAt: min(0), firedAt: min(5), acknowledged: false, value: 1, peak: 1 }
    const [item] = alarmItems({ 'd|x': status }, [door], () => 'Cold-room door', 'C')
    expect(item).toMatchObject({ kind: 'doorOpen', condition: 'door open', ongoing: 'door open', peak: undefined })
    expect(alarmItems({ 'w|x': { ...status, key: 'w|x', ruleId: 'w' } }, [water], () => 'Basement', 'C')[0]?.ongoing).toBeUndefined()
    const doorDevice = deviceStore.getState().devices.fridge
    if (!doorDevice) throw new Error('no device')
    const views = ruleViews([door, water, silent], [doorDevice], (id) => id, 'C')
    expect(views.map((v) => [v.condition, v.scope, v.timing, v.watching])).toEqual([
      ['door open', 'All contact sensors', 'for longer than 5 min', 0],
      ['water detected', 'All water detectors', 'at once', 0],
      ['no data', 'All devices', 'for longer than 30 min', 1],
    ])
  })
})
