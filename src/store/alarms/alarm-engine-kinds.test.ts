import { beforeEach, describe, expect, it } from 'vitest'
import type { DeviceStore } from '../device-store'
import { device, ev, iso, labelsEv } from '../test-events'
import type { AlarmEngine } from './alarm-engine'
import type { AlarmStore } from './alarm-store'
import type { StateRule } from './alarm-types'
import { createEngineClock, s, startEngine, type EngineClock } from './testing/engine-harness'

// Door, water and offline rules in the engine, over a fake clock and the real device store.

let clock: EngineClock
let devices: DeviceStore
let alarms: AlarmStore
let engine: AlarmEngine

function rule(kind: StateRule['kind'], patch: Partial<Omit<StateRule, 'id' | 'kind'>> = {}): Omit<StateRule, 'id'> {
  return { kind, name: '', scope: { kind: 'all' }, delayS: 0, enabled: true, ...patch }
}

/** Moves the clock to `sec` and runs the 1 s tick, as the interval would. */
function at(sec: number) {
  clock.set(s(sec))
  clock.tick()
}

function send(type: 'contact' | 'waterPresent' | 'temperature', id: string, sec: number, data: object) {
  clock.atLeast(s(sec))
  devices.getState().applyBatch([ev(type, id, s(sec), data as never)])
}

const phases = () => Object.fromEntries(Object.values(alarms.getState().alarms).map((a) => [a.key.replace(/^r\d+\|/, ''), a.phase]))
const kinds = () => alarms.getState().transitions.map((t) => `${t.kind} ${t.deviceId}`)

beforeEach(() => {
  clock = createEngineClock()
  ;({ devices, alarms, engine } = startEngine(
    [
      device('door', 'contact', { name: 'Cold-room door', zone: 'cold' }),
      device('dock', 'contact', { name: 'Dock door' }),
      device('basement', 'waterDetector', { name: 'Basement' }),
      // Last heard 20 min before the page opened, in the device list's reported state.
      device('freezer', 'temperature', { name: 'Freezer 3', zone: 'cold' }, { temperature: { value: -18, updateTime: iso(s(-20 * 60)) } }),
      device('never', 'temperature', { name: 'Never heard' }),
    ],
    clock,
    { offlineEveryMs: 10_000 },
  ))
})

describe('door open rules', () => {
  it('fire after the delay while the door stays open, from the clock, and clear when it closes', () => {
    alarms.getState().addRule(rule('doorOpen', { delayS: 120, scope: { kind: 'device', deviceId: 'door' } }))
    send('contact', 'door', 0, { state: 'CLOSED' })
    send('contact', 'door', 10, { state: 'OPEN' })
    expect(phases()).toEqual({ door: 'pending' })
    at(129)
    expect(phases()).toEqual({ door: 'pending' })
    at(131)
    expect(alarms.getState().alarms['r1|door']).toMatchObject({ phase: 'firing', startedAt: s(10), firedAt: s(130) })
    send('contact', 'door', 200, { state: 'CLOSED' })
    expect(phases()).toEqual({ door: 'cleared' })
    expect(kinds()).toEqual(['pending door', 'fired door', 'cleared door'])
  })

  it('do not fire for a door opened and closed within the delay', () => {
    alarms.getState().addRule(rule('doorOpen', { delayS: 120 }))
    send('contact', 'door', 0, { state: 'OPEN' })
    send('contact', 'door', 60, { state: 'CLOSED' })
    at(600)
    expect(phases()).toEqual({})
    expect(kinds()).toEqual(['pending door', 'resolved door'])
  })

  it('with scope "all" watch only devices that report a door, and are acknowledged like any alarm', () => {
    alarms.getState().addRule(rule('doorOpen'))
    send('contact', 'dock', 0, { state: 'OPEN' })
    send('temperature', 'freezer', 0, { value: 9 })
    send('waterPresent', 'basement', 0, { state: 'PRESENT' })
    expect(phases()).toEqual({ dock: 'firing' })
    alarms.getState().acknowledge('r1|dock')
    expect(alarms.getState().alarms['r1|dock']).toMatchObject({ phase: 'firing', acknowledged: true })
    send('contact', 'dock', 30, { state: 'CLOSED' })
    expect(phases()).toEqual({})
  })
})

describe('water rules', () => {
  it('fire at once when water is present and clear when it is not', () => {
    alarms.getState().addRule(rule('waterDetected'))
    send('waterPresent', 'basement', 0, { state: 'NOT_PRESENT' })
    expect(phases()).toEqual({})
    send('waterPresent', 'basement', 10, { state: 'PRESENT' })
    expect(alarms.getState().alarms['r1|basement']).toMatchObject({ phase: 'firing', startedAt: s(10), firedAt: s(10) })
    send('waterPresent', 'basement', 20, { state: 'NOT_PRESENT' })
    expect(phases()).toEqual({ basement: 'cleared' })
  })
})

describe('offline rules', () => {
  it('fire from the clock once a device is silent for longer than the delay, looked at every 10 s, not every tick', () => {
    engine.setStreamLive(true)
    alarms.getState().addRule(rule('offline', { delayS: 30 * 60, scope: { kind: 'label', key: 'zone', value: 'cold' } }))
    // Reported 20 min ago: not offline on load.
    expect(phases()).toEqual({})
    at(10 * 60 - 5)
    expect(phases()).toEqual({})
    at(10 * 60 + 1)
    // Past the delay, but the last sweep was less than 10 s ago.
    expect(phases()).toEqual({})
    at(10 * 60 + 6)
    expect(alarms.getState().alarms['r1|freezer']).toMatchObject({ phase: 'firing', startedAt: s(-20 * 60), firedAt: s(10 * 60) })
    // The door is in the label scope but was never heard at all: no real time to count from.
    expect(phases()).toEqual({ freezer: 'firing' })
  })

  it('clear on the batch that brings anything from the device, at the time it was heard', () => {
    engine.setStreamLive(true)
    alarms.getState().addRule(rule('offline', { delayS: 60, scope: { kind: 'device', deviceId: 'freezer' } }))
    expect(phases()).toEqual({ freezer: 'firing' })
    send('temperature', 'freezer', 5, { value: -18 })
    expect(alarms.getState().alarms['r1|freezer']).toMatchObject({ phase: 'cleared', clearedAt: s(5) })
    expect(kinds()).toEqual(['fired freezer', 'cleared freezer'])
  })

  it('pause while the stream is not live, and after an outage count silence from when it came back', () => {
    alarms.getState().addRule(rule('offline', { delayS: 30 * 60, scope: { kind: 'device', deviceId: 'freezer' } }))
    at(60 * 60)
    expect(phases()).toEqual({})
    engine.setStreamLive(true)
    at(60 * 60 + 1)
    expect(phases()).toEqual({ freezer: 'firing' })

    alarms.getState().acknowledge('r1|freezer')
    send('temperature', 'freezer', 60 * 60 + 10, { value: -18 })
    expect(phases()).toEqual({})
    engine.setStreamLive(false)
    at(3 * 60 * 60)
    expect(phases()).toEqual({})
    // Back after a long outage: the freezer may have sent while we were away.
    engine.setStreamLive(true)
    at(3 * 60 * 60 + 1)
    expect(phases()).toEqual({})
    at(3 * 60 * 60 + 30 * 60 + 15)
    expect(alarms.getState().alarms['r1|freezer']).toMatchObject({ phase: 'firing', startedAt: s(60 * 60 + 10), firedAt: s(3 * 60 * 60 + 30 * 60) })
  })

  it('forget a device that leaves the scope, and start over when the rule is edited', () => {
    engine.setStreamLive(true)
    const id = alarms.getState().addRule(rule('offline', { delayS: 60, scope: { kind: 'label', key: 'zone', value: 'cold' } }))
    expect(phases()).toEqual({ freezer: 'firing' })
    devices.getState().applyBatch([labelsEv('freezer', s(1), { modified: { zone: 'office' } })])
    at(20)
    expect(phases()).toEqual({})
    const r = alarms.getState().rules.find((x) => x.id === id)
    if (r?.kind !== 'offline') throw new Error('rule missing')
    alarms.getState().updateRule({ ...r, scope: { kind: 'all' } })
    expect(phases()).toEqual({ freezer: 'firing' })
  })
})
