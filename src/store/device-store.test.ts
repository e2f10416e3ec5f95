import { describe, expect, it } from 'vitest'
import type { DtEvent } from '../dt'
import { createDeviceStore } from './device-store'
import { device, ev, fixtureDevice, fixtureEvent, fixtureEventsPage, labelsEv, unknownEv } from './test-events'

const T = Date.parse('2025-03-11T10:00:00Z')

function storeWith(ids: string[], type = 'temperature') {
  const store = createDeviceStore()
  store.getState().setDevices(ids.map((id) => device(id, type, { name: `Device ${id}` })))
  return store
}

function listen(store: ReturnType<typeof createDeviceStore>) {
  let calls = 0
  store.subscribe(() => calls++)
  return () => calls
}

describe('createDeviceStore: batches', () => {
  it('applies a batch of many events with one set', () => {
    const ids = Array.from({ length: 10 }, (_, i) => `d${i}`)
    const store = storeWith(ids)
    const calls = listen(store)
    const events = Array.from({ length: 100 }, (_, i) => ev('temperature', `d${i % 10}`, T + i, { value: i }))
    store.getState().applyBatch(events, 'stream')
    expect(calls()).toBe(1)
    expect(store.getState().totals.applied).toBe(100)
    expect(store.getState().devices.d3?.series.temperature?.size).toBe(10)
    store.getState().applyBatch([], 'stream')
    store.getState().applyBatch([fixtureEvent('ping')], 'stream')
    expect(calls()).toBe(1)
  })

  it('replaces only the records that changed', () => {
    const store = storeWith(['a', 'b', 'c'])
    const before = store.getState()
    store.getState().applyBatch([ev('temperature', 'b', T, { value: 1 }), ev('batteryStatus', 'b', T, { percentage: 50 })])
    const after = store.getState()
    expect(after.devices).not.toBe(before.devices)
    expect(after.devices.a).toBe(before.devices.a)
    expect(after.devices.c).toBe(before.devices.c)
    expect(after.devices.b).not.toBe(before.devices.b)
    expect(after.devices.b?.seriesVersion).toBe((before.devices.b?.seriesVersion ?? 0) + 1)
    expect(after.devices.b?.series.temperature).toBeDefined()
    expect(after.deviceOrder).toBe(before.deviceOrder)
  })

  it('keeps the buffer instance across record versions instead of copying series', () => {
    const store = storeWith(['a'])
    store.getState().applyBatch([ev('temperature', 'a', T, { value: 1 })])
    const buffer = store.getState().devices.a?.series.temperature
    store.getState().applyBatch([ev('temperature', 'a', T + 1, { value: 2 })])
    expect(store.getState().devices.a?.series.temperature).toBe(buffer)
    expect(buffer?.size).toBe(2)
  })

  it('drops duplicates by eventId across stream and history', () => {
    const store = storeWith(['a'])
    const e = ev('temperature', 'a', T, { value: 1 })
    store.getState().applyBatch([e, e], 'stream')
    store.getState().applyBatch([e], 'history')
    const s = store.getState()
    expect(s.totals).toMatchObject({ applied: 1, duplicates: 2, fromHistory: 0 })
    expect(s.countsByEventType.temperature).toBe(1)
    expect(s.log.size).toBe(1)
  })

  it('counts events per type and devices per type, unknown types under their raw name', () => {
    const store = storeWith(['a', 'b'])
    store.getState().applyBatch([
      ev('temperature', 'a', T, { value: 1 }),
      ev('temperature', 'a', T + 1, { value: 2 }),
      ev('temperature', 'b', T, { value: 3 }),
      ev('touch', 'b', T, {}),
      unknownEv('lightLevel', 'b', T),
    ])
    const s = store.getState()
    expect(s.countsByEventType).toEqual({ temperature: 3, touch: 1, lightLevel: 1 })
    expect(s.devicesByEventType).toEqual({ temperature: 2, touch: 1, lightLevel: 1 })
    expect(s.log.toArray().map((e) => e.type)).toContain('lightLevel')
  })

  it('keeps events of devices missing from the list under a minimal record, filled in when listed', () => {
    const store = storeWith(['a'])
    store.getState().applyBatch([ev('temperature', 'ghost', T, { value: 9 })])
    let s = store.getState()
    expect(s.deviceOrder).toEqual(['a', 'ghost'])
    expect(s.devices.ghost).toMatchObject({ listed: false, type: 'unknown', name: 'ghost' })
    expect(s.totals.unknownDevices).toBe(1)
    store.getState().addDevicesPage([device('ghost', 'temperature', { name: 'Found' })], { last: true })
    s = store.getState()
    expect(s.deviceOrder).toEqual(['a', 'ghost'])
    expect(s.devices.ghost).toMatchObject({ listed: true, name: 'Found' })
    expect(s.devices.ghost?.series.temperature?.size).toBe(1)
  })

  it('updates names live on labelsChanged and bumps catalogVersion only for catalog changes', () => {
    const store = storeWith(['a'])
    store.getState().applyBatch([ev('temperature', 'a', T, { value: 1 })])
    const v = store.getState().catalogVersion
    store.getState().applyBatch([ev('temperature', 'a', T + 1, { value: 2 })])
    expect(store.getState().catalogVersion).toBe(v)
    store.getState().applyBatch([labelsEv('a', T + 2, { modified: { name: 'Freezer 3' } })])
    expect(store.getState().devices.a?.name).toBe('Freezer 3')
    expect(store.getState().catalogVersion).toBe(v + 1)
  })

  it('merges history over the seeded device without doubling points or overwriting newer values', () => {
    const store = createDeviceStore()
    store.getState().setDevices([fixtureDevice()])
    const id = 'ccsorle7qg13o0bq0000'
    const history = fixtureEventsPage()
    store.getState().applyBatch(history, 'history')
    const r = store.getState().devices[id]
    const times = r?.series.temperature?.snapshot().times ?? []
    expect([...times].sort((a, b) => a - b)).toEqual(times)
    expect(new Set(times).size).toBe(times.length)
    expect(r?.latest.temperature?.data.value).toBe(4.35)
    expect(r?.signal?.connectors.map((c) => c.id).sort()).toEqual(['cckpisiu1cji4400l4e0', 'cf35cpqu1cji4401uerg'])
    expect(store.getState().totals.fromHistory).toBe(history.length)
    // Applying the same history again (a second prefill) changes nothing but the duplicate count.
    const before = store.getState().devices[id]
    store.getState().applyBatch(history, 'history')
    expect(store.getState().devices[id]).toBe(before)
    expect(store.getState().totals.duplicates).toBe(history.length)
  })

  it('logs events in time order with a growing logVersion; the log capacity is configurable', () => {
    const store = createDeviceStore({ logCapacity: 3 })
    const v = store.getState().logVersion
    const events: DtEvent[] = [1, 2, 3, 4, 5].map((i) => ev('touch', 'a', T + i, {}))
    store.getState().applyBatch(events)
    expect(store.getState().logVersion).toBeGreaterThan(v)
    expect(store.getState().log.toArray().map((e) => e.time)).toEqual([T + 3, T + 4, T + 5])
    store.getState().configure({ logCapacity: 2 })
    expect(store.getState().log.toArray().map((e) => e.time)).toEqual([T + 4, T + 5])
  })

  it('shrinks series when configured smaller', () => {
    const store = storeWith(['a'])
    store.getState().applyBatch(Array.from({ length: 20 }, (_, i) => ev('temperature', 'a', T + i, { value: i })))
    store.getState().configure({ series: { capacity: 4 } })
    expect(store.getState().devices.a?.series.temperature?.snapshot().values).toEqual([16, 17, 18, 19])
  })
})

describe('createDeviceStore: device list and lifecycle', () => {
  it('loads the device list page by page', () => {
    const store = createDeviceStore()
    const calls = listen(store)
    store.getState().addDevicesPage([device('a', 'touch'), device('b', 'touch')])
    expect(store.getState().loading).toMatchObject({ devices: 'loading', count: 2 })
    store.getState().addDevicesPage([device('c', 'touch')], { last: true })
    expect(store.getState().loading).toMatchObject({ devices: 'ready', count: 3 })
    expect(store.getState().deviceOrder).toEqual(['a', 'b', 'c'])
    expect(calls()).toBe(2)
    store.getState().setDevicesError('HTTP 500')
    expect(store.getState().loading).toMatchObject({ devices: 'error', error: 'HTTP 500' })
  })

  it('seeds devicesByEventType from reported state', () => {
    const store = createDeviceStore()
    store.getState().setDevices([fixtureDevice(), device('x', 'touch')])
    expect(store.getState().devicesByEventType).toMatchObject({ temperature: 1, batteryStatus: 1, networkStatus: 1, touch: 1 })
  })

  it('replaces the list with setDevices, keeping devices known only from events', () => {
    const store = storeWith(['a', 'b'])
    store.getState().applyBatch([ev('touch', 'ghost', T, {})])
    store.getState().setDevices([device('b', 'touch'), device('c', 'touch')])
    expect(store.getState().deviceOrder).toEqual(['b', 'c', 'ghost'])
    expect(Object.keys(store.getState().devices).sort()).toEqual(['b', 'c', 'ghost'])
  })

  it('records history progress and clears everything', () => {
    const store = storeWith(['a'])
    store.getState().setHistoryProgress({ status: 'loading', done: 1, total: 4, failed: 0 })
    expect(store.getState().loading.history.done).toBe(1)
    const e = ev('touch', 'a', T, {})
    store.getState().applyBatch([e])
    store.getState().clear()
    const s = store.getState()
    expect(s.deviceOrder).toEqual([])
    expect(s.totals.applied).toBe(0)
    expect(s.log.size).toBe(0)
    store.getState().applyBatch([e])
    expect(store.getState().totals.applied).toBe(1)
  })
})
