import { describe, expect, it } from 'vitest'
import type { DtEvent } from '../dt'
import { applyEvent, emptyRecord, fromDevice } from './device-record'
import { chartedTypesOf, DT_RATE_LIMIT, mergeHistory, planPrefill, rateDelay } from './history-prefill'
import { device, ev, fixtureDevicesPage, labelsEv } from './test-events'

const NOW = 1_700_000_000_000

describe('planPrefill', () => {
  const [humidity, ccon, proximity] = fixtureDevicesPage().map((d) => fromDevice(d))
  const temp = fromDevice(device('t1', 'temperature'))
  const touch = fromDevice(device('k1', 'touch'))
  const all = [ccon, touch, humidity, proximity, temp].filter((r) => r !== undefined)

  it('fetches devices with series or timelines, in list order, over the last hour by default', () => {
    const plan = planPrefill(all, { now: NOW })
    expect(plan.startTime).toBe(NOW - 60 * 60_000)
    expect(plan.endTime).toBe(NOW)
    expect(plan.items.map((i) => i.deviceId)).toEqual([humidity?.id, proximity?.id, 't1'])
    expect(plan.items[0]?.eventTypes).toEqual(['humidity'])
    expect(plan.items[1]?.eventTypes).toEqual(['objectPresent'])
    // Not heard from yet: the types its device type is documented to send.
    expect(plan.items[2]?.eventTypes).toEqual(['temperature'])
  })

  it('puts the priority (visible) devices first, and the uncharted last when asked', () => {
    const plan = planPrefill(all, { now: NOW, windowMinutes: 5, priority: ['t1', 'k1', 'nope'], includeUncharted: true })
    expect(plan.startTime).toBe(NOW - 5 * 60_000)
    expect(plan.items.map((i) => i.deviceId)).toEqual(['t1', humidity?.id, proximity?.id, 'k1', ccon?.id])
  })

  it('uses the types a device actually sent', () => {
    const r = applyEvent(emptyRecord('x', 'p'), ev('co2', 'x', NOW, { ppm: 500 }))
    expect(chartedTypesOf(r)).toEqual(['co2'])
  })
})

describe('rateDelay', () => {
  it('allows the budget per window and then waits for the oldest request to leave it', () => {
    const budget = { requests: 3, windowMs: 1000 }
    expect(rateDelay([], 0, budget)).toBe(0)
    expect(rateDelay([0, 100], 200, budget)).toBe(0)
    expect(rateDelay([0, 100, 200], 300, budget)).toBe(700)
    expect(rateDelay([0, 100, 200], 1000, budget)).toBe(0)
    expect(rateDelay(Array.from({ length: 25 }, (_, i) => i), 30, DT_RATE_LIMIT)).toBe(4970)
  })
})

describe('mergeHistory', () => {
  it('hands all pages to applyBatch once, as history, without pings or labelsChanged', () => {
    const calls: { events: readonly DtEvent[]; origin: string }[] = []
    const page1 = [ev('temperature', 'a', NOW, { value: 1 }), labelsEv('a', NOW, { modified: { name: 'old' } })]
    const page2 = [ev('temperature', 'a', NOW - 1000, { value: 0 })]
    expect(mergeHistory((events, origin) => calls.push({ events, origin }), [page1, page2])).toBe(2)
    expect(calls).toHaveLength(1)
    expect(calls[0]?.origin).toBe('history')
    expect(calls[0]?.events.map((e) => e.eventType)).toEqual(['temperature', 'temperature'])
    expect(mergeHistory(() => calls.push({ events: [], origin: '' }), [[]])).toBe(0)
    expect(calls).toHaveLength(1)
  })
})
