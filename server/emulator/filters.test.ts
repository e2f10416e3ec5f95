import { describe, expect, it } from 'vitest'
import { matchesDevice, matchesStream, parseDeviceFilter, parseEventTypes, parseLabelFilter } from './filters'
import type { DeviceRecord } from './world'

const device = (labels: Record<string, string>, over: Partial<DeviceRecord> = {}): DeviceRecord => ({
  id: 'c0device000000000000',
  projectId: 'p',
  name: 'projects/p/devices/c0device000000000000',
  type: 'temperature',
  productNumber: '102058',
  labels,
  reported: {},
  ...over,
})

const q = (s: string) => new URLSearchParams(s)

describe('label filters', () => {
  it('parses key=value, key= and bare key', () => {
    expect(parseLabelFilter('zone=kitchen')).toEqual({ key: 'zone', value: 'kitchen' })
    expect(parseLabelFilter('zone=')).toEqual({ key: 'zone' })
    expect(parseLabelFilter('zone')).toEqual({ key: 'zone' })
    expect(parseLabelFilter('url=a=b')).toEqual({ key: 'url', value: 'a=b' })
  })

  it('combines with AND or OR', () => {
    const d = device({ zone: 'kitchen' })
    const and = parseDeviceFilter(q('label_filters=zone=kitchen&label_filters=floor'), 'and')
    const or = parseDeviceFilter(q('label_filters=zone=kitchen&label_filters=floor'), 'or')
    expect(matchesDevice(and, d)).toBe(false)
    expect(matchesDevice(or, d)).toBe(true)
  })

  it('rejects an empty key', () => {
    expect(() => parseDeviceFilter(q('label_filters==x'), 'and')).toThrow(/need a key/)
  })
})

describe('device filters', () => {
  it('reads both spellings and matches free text over id, type and label values', () => {
    const f = parseDeviceFilter(q('device_ids=a&deviceIds=c0device000000000000&deviceTypes=temperature&product_numbers=102058&query=FREEZER'), 'and')
    expect(f.deviceIds).toEqual(new Set(['a', 'c0device000000000000']))
    expect(matchesDevice(f, device({ name: 'Freezer 1' }))).toBe(true)
    expect(matchesDevice(f, device({ name: 'Fridge' }))).toBe(false)
    expect(matchesDevice(parseDeviceFilter(q('query=emperat'), 'and'), device({}))).toBe(true)
  })

  it('names unknown device and event types', () => {
    expect(() => parseDeviceFilter(q('device_types=fridge'), 'and')).toThrow(/"fridge"/)
    expect(() => parseEventTypes(q('eventTypes=touch&event_types=ping'))).toThrow(/"ping"/)
    expect(parseEventTypes(q(''))).toBeUndefined()
  })
})

describe('stream matching', () => {
  it('lets labelsChanged through when the old labels matched', () => {
    const f = { ...parseDeviceFilter(q('label_filters=zone=old'), 'and'), eventTypes: undefined }
    const d = device({ zone: 'new' })
    expect(matchesStream(f, 'labelsChanged', d)).toBe(false)
    expect(matchesStream(f, 'labelsChanged', d, { zone: 'old' })).toBe(true)
  })
})
