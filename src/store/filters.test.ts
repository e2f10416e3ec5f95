import { describe, expect, it } from 'vitest'
import { applyEvent, fromDevice } from './device-record'
import { toLogEntry } from './event-log'
import {
  DEFAULT_FILTERS,
  deviceMatches,
  filtersEqual,
  filtersFromSearchParams,
  filtersToQueryString,
  filtersToSearchParams,
  logEntryMatches,
  type Filters,
} from './filters'
import { device, ev, fixtureDevice, labelsEv } from './test-events'

const f = (patch: Partial<Filters>): Filters => ({ ...DEFAULT_FILTERS, ...patch })
const freezer = fromDevice(fixtureDevice())
const door = applyEvent(fromDevice(device('door1', 'contact', { name: 'Back door', site: 'Oslo' })), ev('contact', 'door1', 1, { state: 'OPEN' }))

describe('deviceMatches', () => {
  it('passes everything without filters', () => {
    expect(deviceMatches(freezer, DEFAULT_FILTERS)).toBe(true)
  })

  it('matches any selected event type, sent or reported', () => {
    expect(deviceMatches(freezer, f({ eventTypes: ['temperature'] }))).toBe(true)
    expect(deviceMatches(freezer, f({ eventTypes: ['contact', 'batteryStatus'] }))).toBe(true)
    expect(deviceMatches(freezer, f({ eventTypes: ['contact'] }))).toBe(false)
    expect(deviceMatches(door, f({ eventTypes: ['contact'] }))).toBe(true)
  })

  it('matches the device type', () => {
    expect(deviceMatches(door, f({ deviceTypes: ['contact', 'motion'] }))).toBe(true)
    expect(deviceMatches(freezer, f({ deviceTypes: ['contact'] }))).toBe(false)
  })

  it('searches name, id, description and label keys and values, case-insensitively, every word', () => {
    expect(deviceMatches(freezer, f({ search: 'FREEZER' }))).toBe(true)
    expect(deviceMatches(freezer, f({ search: 'ccsorle7' }))).toBe(true)
    expect(deviceMatches(freezer, f({ search: 'upper rack' }))).toBe(true)
    expect(deviceMatches(freezer, f({ search: 'cold-room-2' }))).toBe(true)
    expect(deviceMatches(freezer, f({ search: 'zone' }))).toBe(true)
    expect(deviceMatches(freezer, f({ search: 'zone=cold' }))).toBe(true)
    expect(deviceMatches(freezer, f({ search: 'freezer oslo' }))).toBe(false)
    expect(deviceMatches(door, f({ search: '  oslo   back ' }))).toBe(true)
  })

  it('follows a rename', () => {
    const renamed = applyEvent(door, labelsEv('door1', 2, { modified: { name: 'Loading bay' } }))
    expect(deviceMatches(renamed, f({ search: 'loading' }))).toBe(true)
    expect(deviceMatches(renamed, f({ search: 'back door' }))).toBe(false)
  })

  it('combines criteria', () => {
    const all = f({ eventTypes: ['contact'], deviceTypes: ['contact'], search: 'door' })
    expect(deviceMatches(door, all)).toBe(true)
    expect(deviceMatches(door, { ...all, search: 'freezer' })).toBe(false)
    expect(deviceMatches(freezer, { ...all, search: 'freezer' })).toBe(false)
  })
})

describe('logEntryMatches', () => {
  const entry = toLogEntry(ev('contact', 'door1', 1, { state: 'OPEN' }), 'stream')
  it('filters by event type and by a device filter', () => {
    expect(logEntryMatches(entry, DEFAULT_FILTERS)).toBe(true)
    expect(logEntryMatches(entry, f({ eventTypes: ['contact'] }))).toBe(true)
    expect(logEntryMatches(entry, f({ eventTypes: ['temperature'] }))).toBe(false)
    expect(logEntryMatches(entry, DEFAULT_FILTERS, (id) => id === 'door1')).toBe(true)
    expect(logEntryMatches(entry, DEFAULT_FILTERS, (id) => id === 'other')).toBe(false)
  })
})

describe('URL state', () => {
  it('writes readable parameters and reads them back', () => {
    const filters = f({ eventTypes: ['temperature', 'objectPresent'], deviceTypes: ['temperature'], search: 'freezer', serverSide: true })
    expect(filtersToQueryString(filters)).toBe('?types=temperature,objectPresent&dtype=temperature&q=freezer&server=1')
    const back = filtersFromSearchParams(filtersToSearchParams(filters))
    expect(back.problems).toEqual([])
    expect(filtersEqual(back.filters, filters)).toBe(true)
    expect(filtersFromSearchParams('?types=temperature,objectPresent&dtype=temperature&q=freezer&server=1').filters).toEqual(filters)
  })

  it('leaves defaults out and keeps unrelated parameters', () => {
    expect(filtersToQueryString(DEFAULT_FILTERS)).toBe('')
    const params = filtersToSearchParams(f({ search: 'a b' }), new URLSearchParams('device=x&types=old'))
    expect(params.get('device')).toBe('x')
    expect(params.get('types')).toBeNull()
    expect(filtersFromSearchParams(params).filters.search).toBe('a b')
  })

  it('ignores and reports unknown or malformed values instead of failing', () => {
    const { filters, problems } = filtersFromSearchParams('types=temperature,waterDetected,,temperature&types=contact&dtype=toaster&server=maybe')
    expect(filters).toEqual(f({ eventTypes: ['temperature', 'contact'] }))
    expect(problems).toEqual([
      'ignored unknown event type "waterDetected"',
      'ignored unknown device type "toaster"',
      'ignored server="maybe" (expected 1 or 0)',
    ])
    expect(filtersFromSearchParams('q=' + 'x'.repeat(500)).filters.search).toHaveLength(200)
    expect(filtersFromSearchParams('').filters).toEqual(DEFAULT_FILTERS)
  })
})
