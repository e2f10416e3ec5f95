import { describe, expect, it } from 'vitest'
import { emptyRecord, type DeviceRecordView } from './device-record'
import { sortDeviceIds } from './device-sort'

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
