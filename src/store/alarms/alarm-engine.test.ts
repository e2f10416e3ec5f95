import { beforeEach, describe, expect, it } from 'vitest'
import type { DeviceStore } from '../device-store'
import { device, ev, labelsEv } from '../test-events'
import type { AlarmEngine } from './alarm-engine'
import type { AlarmStore } from './alarm-store'
import type { ThresholdRule } from './alarm-types'
import { createEngineClock, s, startEngine, type EngineClock } from './testing/engine-harness'

let clock: EngineClock
let devices: DeviceStore
let alarms: AlarmStore
let engine: AlarmEngine

function rule(patch: Partial<Omit<ThresholdRule, 'id'>> = {}): Omit<ThresholdRule, 'id'> {
  return { kind: 'threshold', name: 'Warm', metric: 'temperature', comparator: 'above', threshold: 8, scope: { kind: 'all' }, delayS: 0, hysteresis: 0, enabled: true, ...patch }
}

function temp(id: string, sec: number, value: number, samples?: Array<[number, number]>) {
  clock.atLeast(s(sec))
  const data = samples ? { value, samples: samples.map(([t, v]) => ({ value: v, sampleTime: new Date(s(t)).toISOString() })) } : { value }
  devices.getState().applyBatch([ev('temperature', id, s(sec), data)])
}

const phases = () => Object.fromEntries(Object.values(alarms.getState().alarms).map((a) => [a.deviceId, a.phase]))

beforeEach(() => {
  clock = createEngineClock()
  ;({ devices, alarms, engine } = startEngine(
    [
      device('fridge', 'temperature', { name: 'Fridge', zone: 'kitchen' }),
      device('freezer', 'temperature', { name: 'Freezer', zone: 'cold-room' }),
      device('room', 'humidity', { name: 'Room' }),
      device('door', 'contact', { name: 'Door', zone: 'kitchen' }),
    ],
    clock,
  ))
})

describe('alarm engine', () => {
  it('fires when a batch brings a value past the threshold, and shows it per device', () => {
    alarms.getState().addRule(rule({ scope: { kind: 'device', deviceId: 'fridge' } }))
    temp('fridge', 0, 5)
    expect(phases()).toEqual({})
    temp('fridge', 10, 9.5)
    expect(phases()).toEqual({ fridge: 'firing' })
    expect(alarms.getState().byDevice.fridge).toMatchObject({ ruleId: 'r1', phase: 'firing' })
    expect(alarms.getState().transitions.map((t) => t.kind)).toEqual(['pending', 'fired'])
  })

  it('scopes rules to one device, to a label (key or key=value), or to all, counting humidity sensors’ temperature', () => {
    alarms.getState().addRule(rule({ scope: { kind: 'label', key: 'zone', value: 'kitchen' } }))
    temp('fridge', 0, 9)
    temp('freezer', 0, 9)
    devices.getState().applyBatch([ev('humidity', 'room', s(0), { temperature: 30, relativeHumidity: 40 })])
    expect(phases()).toEqual({ fridge: 'firing' })
    alarms.getState().addRule(rule({ scope: { kind: 'label', key: 'zone' } }))
    expect(Object.keys(alarms.getState().alarms).sort()).toEqual(['r1|fridge', 'r2|freezer', 'r2|fridge'])
    alarms.getState().addRule(rule({ scope: { kind: 'all' } }))
    expect(Object.keys(alarms.getState().alarms).filter((k) => k.startsWith('r3')).sort()).toEqual(['r3|freezer', 'r3|fridge', 'r3|room'])
  })

  it('does not fire for a short spike with a delay, and fires from the clock once the delay passed', () => {
    alarms.getState().addRule(rule({ delayS: 30 }))
    temp('fridge', 0, 5)
    temp('fridge', 5, 12)
    temp('fridge', 10, 5)
    clock.set(s(60))
    engine.tick()
    expect(phases()).toEqual({})
    temp('fridge', 70, 9)
    clock.set(s(99))
    clock.tick()
    expect(phases()).toEqual({ fridge: 'pending' })
    clock.set(s(100))
    clock.tick()
    expect(alarms.getState().alarms['r1|fridge']).toMatchObject({ phase: 'firing', firedAt: s(100) })
  })

  it('keeps an acknowledgement across later samples and clears past the hysteresis band', () => {
    alarms.getState().addRule(rule({ hysteresis: 1 }))
    temp('fridge', 0, 9)
    alarms.getState().acknowledge('r1|fridge')
    temp('fridge', 10, 10)
    expect(alarms.getState().alarms['r1|fridge']).toMatchObject({ phase: 'firing', acknowledged: true, peak: 10 })
    temp('fridge', 20, 7.5)
    expect(phases()).toEqual({ fridge: 'firing' })
    temp('fridge', 30, 6.9)
    expect(phases()).toEqual({})
    expect(alarms.getState().transitions.map((t) => t.kind)).toEqual(['fired', 'acknowledged', 'cleared'])
  })

  it('keeps an unacknowledged alarm that cleared until someone acknowledges it', () => {
    alarms.getState().addRule(rule())
    temp('fridge', 0, 9)
    temp('fridge', 10, 4)
    expect(phases()).toEqual({ fridge: 'cleared' })
    expect(alarms.getState().byDevice.fridge).toBeUndefined()
    alarms.getState().acknowledge('r1|fridge')
    expect(phases()).toEqual({})
  })

  it('replays a late batch at sample times: a 2nd-gen batch showing an excursion that is over does not fire "now"', () => {
    alarms.getState().addRule(rule({ delayS: 60 }))
    temp('fridge', 0, 4)
    // One heartbeat, 30 s samples newest first: 9 °C from 30 s to 120 s, back to 4 °C since.
    temp('fridge', 300, 4, [[300, 4], [240, 4], [180, 4], [120, 9], [90, 9], [60, 9], [30, 9]])
    const a = alarms.getState().alarms['r1|fridge']
    expect(a).toMatchObject({ phase: 'cleared', startedAt: s(30), firedAt: s(90), clearedAt: s(180) })
    expect(alarms.getState().byDevice.fridge).toBeUndefined()
  })

  it('replays a backfill after an outage at its sample times: still high, it is firing since then, not since now', () => {
    alarms.getState().addRule(rule({ delayS: 60 }))
    temp('fridge', 0, 4)
    clock.set(s(900))
    devices.getState().applyBatch([
      ev('temperature', 'fridge', s(600), {
        value: 9.5,
        isBackfilled: true,
        samples: [600, 570, 540].map((t) => ({ value: 9.5, sampleTime: new Date(s(t)).toISOString() })),
      }),
    ])
    expect(alarms.getState().alarms['r1|fridge']).toMatchObject({ phase: 'firing', startedAt: s(540), firedAt: s(600) })
    expect(alarms.getState().transitions.map((t) => [t.kind, t.time, t.at])).toEqual([
      ['pending', s(540), s(900)],
      ['fired', s(600), s(900)],
    ])
  })

  it('re-derives a pending pair when older samples arrive late: the prefilled hour fires at once', () => {
    alarms.getState().addRule(rule({ threshold: 4, delayS: 600, hysteresis: 0.5 }))
    clock.set(s(3600))
    temp('fridge', 3600, 4.7)
    expect(alarms.getState().alarms['r1|fridge']).toMatchObject({ phase: 'pending', startedAt: s(3600) })
    // The history prefill lands after the device list: an hour of 4.5–4.9 °C.
    devices.getState().applyBatch(
      Array.from({ length: 60 }, (_, i) => ev('temperature', 'fridge', s(i * 60), { value: 4.5 + (i % 5) / 10 })),
      'history',
    )
    expect(alarms.getState().alarms['r1|fridge']).toMatchObject({ phase: 'firing', startedAt: s(0), firedAt: s(600) })
    expect(alarms.getState().transitions.map((t) => t.kind)).toEqual(['pending', 'fired'])
  })

  it('ignores backfilled samples older than what it already read', () => {
    alarms.getState().addRule(rule({ threshold: 3 }))
    temp('fridge', 100, 9)
    alarms.getState().acknowledge('r1|fridge')
    temp('fridge', 110, 2)
    temp('fridge', 120, 2.5)
    const backfill = ev('temperature', 'fridge', s(50), { value: 12, isBackfilled: true })
    devices.getState().applyBatch([backfill], 'history')
    expect(phases()).toEqual({})
    expect(alarms.getState().transitions.map((t) => t.kind)).toEqual(['fired', 'acknowledged', 'cleared'])
  })

  it('seeds a new rule from the run still going on, stamped at sample times', () => {
    temp('fridge', 0, 9)
    temp('fridge', 10, 9.2)
    clock.set(s(600))
    alarms.getState().addRule(rule({ delayS: 5 }))
    expect(alarms.getState().alarms['r1|fridge']).toMatchObject({ phase: 'firing', startedAt: s(0), firedAt: s(5) })
  })

  it('forgets a device that leaves the scope, and starts a rule over when it is edited or deleted', () => {
    const id = alarms.getState().addRule(rule({ scope: { kind: 'label', key: 'zone', value: 'kitchen' } }))
    temp('fridge', 0, 9)
    devices.getState().applyBatch([labelsEv('fridge', s(1), { modified: { zone: 'office' } })])
    expect(phases()).toEqual({})
    const r = alarms.getState().rules.find((x) => x.id === id)
    if (r?.kind !== 'threshold') throw new Error('rule missing')
    alarms.getState().updateRule({ ...r, scope: { kind: 'all' }, threshold: 9.5 })
    expect(phases()).toEqual({})
    alarms.getState().updateRule({ ...r, scope: { kind: 'all' }, threshold: 8.5 })
    expect(phases()).toEqual({ fridge: 'firing' })
    alarms.getState().setRuleEnabled(id, false)
    expect(phases()).toEqual({})
    alarms.getState().setRuleEnabled(id, true)
    expect(phases()).toEqual({ fridge: 'firing' })
    alarms.getState().deleteRule(id)
    expect(phases()).toEqual({})
  })

  it('drops every alarm when the device store is cleared (another project)', () => {
    alarms.getState().addRule(rule())
    temp('fridge', 0, 9)
    devices.getState().clear()
    expect(alarms.getState().alarms).toEqual({})
  })

  it('stops listening when stopped, and catches up where it left off on restart', () => {
    alarms.getState().addRule(rule())
    temp('fridge', 0, 9)
    alarms.getState().acknowledge('r1|fridge')
    engine.stop()
    temp('freezer', 10, 9)
    expect(phases()).toEqual({ fridge: 'firing' })
    engine.start()
    expect(phases()).toEqual({ fridge: 'firing', freezer: 'firing' })
    expect(alarms.getState().alarms['r1|fridge']?.acknowledged).toBe(true)
  })
})
