import { describe, expect, it } from 'vitest'
import { emptyRecord, type DeviceRecordView, type LatestValues } from './device-record'
import { DEVICE_SORTS, isDeviceSort, isLiveSort, sortDeviceIds } from './device-sort'

function records(...rows: Array<[id: string, name: string, type: string]>): Record<string, DeviceRecordView> {
  const out: Record<string, DeviceRecordView> = {}
  for (const [id, name, type] of rows) out[id] = { ...emptyRecord(id, 'p'), name, type }
  return out
}

const devices = records(['d1', 'Fridge 10', 'temperature'], ['d2', 'fridge 2', 'temperature'], ['d3', 'Door – loading bay', 'contact'], ['d4', 'Fridge 2', 'temperature'], ['d5', '', 'humidity'])

describe('sortDeviceIds', () => {
  it('orders by name as people read numbers, ignoring case, ties by id, nameless by id', () => {
    expect(sortDeviceIds(['d1', 'd2', 'd3', 'd4', 'd5'], devices, 'name')).toEqual(['d5', 'd3', 'd2', 'd4', 'd1'])
  })

  it('groups by type, then name', () => {
    expect(sortDeviceIds(['d1', 'd2', 'd3', 'd4', 'd5'], devices, 'type')).toEqual(['d3', 'd5', 'd2', 'd4', 'd1'])
  })

  it('puts the most urgent alarm first, then by name', () => {
    const rank = (id: string) => ({ d1: 1, d3: 3 })[id] ?? 0
    expect(sortDeviceIds(['d1', 'd2', 'd3', 'd4', 'd5'], devices, 'alarms', rank)).toEqual(['d3', 'd1', 'd5', 'd2', 'd4'])
  })

  it('keeps the project order as given, and ids without a record at the end', () => {
    const ids = ['d4', 'd1', 'd3']
    expect(sortDeviceIds(ids, devices, 'project')).toBe(ids)
    expect(sortDeviceIds(['zz', 'd1', 'd2'], devices, 'name')).toEqual(['d2', 'd1', 'zz'])
  })
})

describe('sortDeviceIds by live values', () => {
  const T = Date.parse('2025-03-11T09:00:00Z')
  const temperature = (value: number): LatestValues => ({ temperature: { time: T, data: { value, updateTime: '' } } })
  const humidity = (value: number): LatestValues => ({ humidity: { time: T, data: { temperature: value, relativeHumidity: 40, updateTime: '' } } })
  const rec = (id: string, name: string, lastSeen: number | null, latest: LatestValues = {}): [string, DeviceRecordView] => [
    id,
    { ...emptyRecord(id, 'p'), name, lastSeen, latest },
  ]
  const live = Object.fromEntries([
    rec('freezer', 'Freezer', T - 60_000, temperature(-18.2)),
    rec('fridge2', 'Fridge 2', T, temperature(4.5)),
    rec('fridge10', 'Fridge 10', T - 60_000, temperature(4.5)),
    rec('office', 'Office', T - 5_000, humidity(22.1)),
    rec('door', 'Door', T - 3_600_000),
    rec('newbie', 'New sensor', null),
    rec('attic', 'Attic', null),
  ])
  const all = Object.keys(live)

  it('"Last seen, oldest first": never-seen devices first, then the longest silent, ties by name', () => {
    expect(sortDeviceIds(all, live, 'stale')).toEqual(['attic', 'newbie', 'door', 'freezer', 'fridge10', 'office', 'fridge2'])
  })

  it('"Warmest first": humidity sensors count by their temperature, equal readings by name, no temperature last by name', () => {
    expect(sortDeviceIds(all, live, 'warmest')).toEqual(['office', 'fridge2', 'fridge10', 'freezer', 'attic', 'door', 'newbie'])
  })

  it('"Coldest first": the reverse, still with devices without a temperature last', () => {
    expect(sortDeviceIds(all, live, 'coldest')).toEqual(['freezer', 'fridge2', 'fridge10', 'office', 'attic', 'door', 'newbie'])
  })

  it('keeps ids without a record at the end', () => {
    expect(sortDeviceIds(['zz', 'door', 'office'], live, 'warmest')).toEqual(['office', 'door', 'zz'])
  })
})

describe('isLiveSort and isDeviceSort', () => {
  it('marks only the live-value orders as live, and knows every offered order', () => {
    expect(DEVICE_SORTS.filter((s) => isLiveSort(s.value)).map((s) => s.value)).toEqual(['stale', 'warmest', 'coldest'])
    expect(DEVICE_SORTS.every((s) => isDeviceSort(s.value))).toBe(true)
    expect(isDeviceSort('temperature')).toBe(false)
  })
})
