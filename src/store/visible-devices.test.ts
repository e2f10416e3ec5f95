import { describe, expect, it } from 'vitest'
import { createDeviceStore } from './device-store'
import { DEFAULT_FILTERS, type Filters } from './filters'
import { device, ev, labelsEv } from './test-events'
import { createFilteredLogSelector, createVisibleDeviceIdsSelector } from './visible-devices'

const T = 1_700_000_000_000

function setup() {
  const store = createDeviceStore()
  store.getState().setDevices([
    device('t1', 'temperature', { name: 'Freezer' }),
    device('t2', 'temperature', { name: 'Fridge' }),
    device('c1', 'contact', { name: 'Door' }),
  ])
  store.getState().applyBatch([ev('temperature', 't1', T, { value: 1 }), ev('temperature', 't2', T, { value: 2 }), ev('contact', 'c1', T, { state: 'OPEN' })])
  return store
}

describe('selectVisibleDeviceIds', () => {
  it('returns deviceOrder itself when nothing is filtered', () => {
    const store = setup()
    const select = createVisibleDeviceIdsSelector()
    expect(select(store.getState(), DEFAULT_FILTERS)).toBe(store.getState().deviceOrder)
  })

  it('returns the same array while live values flow and the result is unchanged', () => {
    const store = setup()
    const select = createVisibleDeviceIdsSelector()
    const filters: Filters = { ...DEFAULT_FILTERS, eventTypes: ['temperature'] }
    const first = select(store.getState(), filters)
    expect(first).toEqual(['t1', 't2'])
    expect(select(store.getState(), { ...filters })).toBe(first)
    store.getState().applyBatch([ev('temperature', 't1', T + 1, { value: 3 })])
    expect(select(store.getState(), filters)).toBe(first)
    // A catalog change that leaves the result alone still returns the same instance.
    store.getState().applyBatch([ev('touch', 'c1', T + 2, {})])
    expect(select(store.getState(), filters)).toBe(first)
  })

  it('recomputes when a device starts matching', () => {
    const store = setup()
    const select = createVisibleDeviceIdsSelector()
    const filters: Filters = { ...DEFAULT_FILTERS, search: 'freezer' }
    const first = select(store.getState(), filters)
    expect(first).toEqual(['t1'])
    store.getState().applyBatch([labelsEv('c1', T + 1, { modified: { name: 'Freezer door' } })])
    expect(select(store.getState(), filters)).toEqual(['t1', 'c1'])
  })
})

describe('createFilteredLogSelector', () => {
  it('filters the log by event type and visible device, stable until something changes', () => {
    const store = setup()
    const select = createFilteredLogSelector()
    const byType: Filters = { ...DEFAULT_FILTERS, eventTypes: ['temperature'] }
    const a = select(store.getState(), byType)
    expect(a.map((e) => e.deviceId)).toEqual(['t1', 't2'])
    expect(select(store.getState(), byType)).toBe(a)
    const bySearch: Filters = { ...DEFAULT_FILTERS, search: 'door' }
    expect(select(store.getState(), bySearch).map((e) => e.deviceId)).toEqual(['c1'])
    expect(select(store.getState(), DEFAULT_FILTERS)).toBe(store.getState().log.toArray())
  })
})
