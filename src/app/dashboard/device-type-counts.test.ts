import { describe, expect, it } from 'vitest'
import { emptyRecord } from '../../store'
import { createDeviceTypeCounter, deviceTypeOptions } from './device-type-counts'

const rec = (id: string, type: string) => ({ ...emptyRecord(id, 'p'), type })

describe('createDeviceTypeCounter', () => {
  it('counts devices per type and returns the same object until the catalog changes', () => {
    const select = createDeviceTypeCounter()
    const devices = { a: rec('a', 'temperature'), b: rec('b', 'temperature'), c: rec('c', 'contact') }
    const order = ['a', 'b', 'c']
    const first = select({ devices, deviceOrder: order, catalogVersion: 1 })
    expect(first).toEqual({ temperature: 2, contact: 1 })
    expect(select({ devices: { ...devices }, deviceOrder: order, catalogVersion: 1 })).toBe(first)
    expect(select({ devices, deviceOrder: order, catalogVersion: 2 })).not.toBe(first)
  })
})

describe('deviceTypeOptions', () => {
  it("lists present types in DT's order, and selected types even when absent", () => {
    expect(deviceTypeOptions({ contact: 3, temperature: 10 }, ['ccon'])).toEqual([
      { type: 'temperature', count: 10, selected: false },
      { type: 'contact', count: 3, selected: false },
      { type: 'ccon', count: 0, selected: true },
    ])
  })
})
