import { DEVICE_TYPES, isEventType } from '../dt'
import type { DeviceRecordView } from './device-record'
import { DEFAULT_SORT, DEVICE_SORTS, isDeviceSort, type DeviceSort } from './device-sort'
import type { EventLogEntry } from './event-log'

/** The filter bar's state; it lives in the URL. */
export interface Filters {
  /** Multi-select; empty means all. */
  readonly eventTypes: readonly string[]
  /** Multi-select; empty means all. */
  readonly deviceTypes: readonly string[]
  /** Case-insensitive; every word must match the name, id, description or a label key or value. */
  readonly search: string
  /** Ask the API to filter (large projects) instead of filtering what was loaded. */
  readonly serverSide: boolean
  /** The grid's order; kept with the filters because it belongs in a shared link too. */
  readonly sort: DeviceSort
}

/** No filtering. */
export const DEFAULT_FILTERS: Filters = Object.freeze({ eventTypes: [], deviceTypes: [], search: '', serverSide: false, sort: DEFAULT_SORT })

/** Longest search kept from a URL. */
export const MAX_SEARCH_LENGTH = 200

// Haystacks depend only on the id and the labels (name and description are labels), and a
// record's labels object is replaced only when they change, so it keys the cache.
const haystacks = new WeakMap<object, { id: string; text: string }>()

function haystack(record: DeviceRecordView): string {
  const hit = haystacks.get(record.labels)
  if (hit?.id === record.id) return hit.text
  let text = `${record.id}\n${record.name}\n${record.description}\n`
  for (const [k, v] of Object.entries(record.labels)) text += `${k}=${v}\n`
  text = text.toLowerCase()
  haystacks.set(record.labels, { id: record.id, text })
  return text
}

/** Lower-cased words of a search. */
export function searchTerms(search: string): string[] {
  return search.toLowerCase().split(/\s+/).filter(Boolean)
}

/** True when the record's name, id, description or labels contain every word of `search`. */
export function matchesSearch(record: DeviceRecordView, search: string): boolean {
  const terms = searchTerms(search)
  if (!terms.length) return true
  const text = haystack(record)
  return terms.every((t) => text.includes(t))
}

/** True when a device passes every filter: any selected event type (sent or reported), its device type, the search. */
export function deviceMatches(record: DeviceRecordView, filters: Filters): boolean {
  if (filters.eventTypes.length && !filters.eventTypes.some((t) => record.eventTypes.includes(t))) return false
  if (filters.deviceTypes.length && !filters.deviceTypes.includes(record.type)) return false
  return matchesSearch(record, filters.search)
}

/**
 * True when a log entry passes the event-type filter and, when given, the device filter (for
 * example membership in the visible device ids, which carries device type and search).
 */
export function logEntryMatches(entry: EventLogEntry, filters: Filters, deviceFilter?: (deviceId: string) => boolean): boolean {
  if (filters.eventTypes.length && !filters.eventTypes.includes(entry.type)) return false
  return deviceFilter ? deviceFilter(entry.deviceId) : true
}

/** True when no filter is set (serverSide aside). */
export function isUnfiltered(filters: Filters): boolean {
  return !filters.eventTypes.length && !filters.deviceTypes.length && !searchTerms(filters.search).length
}

const KEYS = { types: 'types', dtype: 'dtype', q: 'q', server: 'server', sort: 'sort' } as const

/** Writes the filters into URL parameters, keeping unrelated ones from `base`; defaults are left out. */
export function filtersToSearchParams(filters: Filters, base?: URLSearchParams): URLSearchParams {
  const params = new URLSearchParams(base)
  for (const key of Object.values(KEYS)) params.delete(key)
  if (filters.eventTypes.length) params.set(KEYS.types, filters.eventTypes.join(','))
  if (filters.deviceTypes.length) params.set(KEYS.dtype, filters.deviceTypes.join(','))
  if (filters.search.trim()) params.set(KEYS.q, filters.search.trim())
  if (filters.serverSide) params.set(KEYS.server, '1')
  if (filters.sort !== DEFAULT_SORT) params.set(KEYS.sort, filters.sort)
  return params
}

/** `filtersToSearchParams` as a query string with readable commas (`?types=temperature,contact`), or "". */
export function filtersToQueryString(filters: Filters, base?: URLSearchParams): string {
  const s = filtersToSearchParams(filters, base).toString().replace(/%2C/gi, ',')
  return s ? `?${s}` : ''
}

/** Filters read from a URL, and what was ignored in it. */
export interface ParsedFilters {
  readonly filters: Filters
  /** One readable line per ignored value. */
  readonly problems: readonly string[]
}

const deviceTypeSet: ReadonlySet<string> = new Set<string>([...DEVICE_TYPES, 'unknown'])

function readList(params: URLSearchParams, key: string, valid: (v: string) => boolean, what: string, problems: string[]): string[] {
  const out: string[] = []
  for (const raw of params.getAll(key)) {
    for (const v of raw.split(',').map((s) => s.trim())) {
      if (!v || out.includes(v)) continue
      if (valid(v)) out.push(v)
      else problems.push(`ignored unknown ${what} "${v}"`)
    }
  }
  return out
}

/** Reads filters from URL parameters; unknown or malformed values are ignored and reported, never thrown. */
export function filtersFromSearchParams(input: URLSearchParams | string): ParsedFilters {
  const params = typeof input === 'string' ? new URLSearchParams(input) : input
  const problems: string[] = []
  const eventTypes = readList(params, KEYS.types, (v) => isEventType(v), 'event type', problems)
  const deviceTypes = readList(params, KEYS.dtype, (v) => deviceTypeSet.has(v), 'device type', problems)
  let search = (params.get(KEYS.q) ?? '').trim()
  if (search.length > MAX_SEARCH_LENGTH) {
    problems.push(`search cut to ${MAX_SEARCH_LENGTH} characters`)
    search = search.slice(0, MAX_SEARCH_LENGTH)
  }
  const server = params.get(KEYS.server)
  let serverSide = false
  if (server === '1' || server === 'true') serverSide = true
  else if (server !== null && server !== '0' && server !== 'false' && server !== '') problems.push(`ignored server="${server}" (expected 1 or 0)`)
  const sortParam = params.get(KEYS.sort)?.trim()
  let sort = DEFAULT_SORT
  if (sortParam && isDeviceSort(sortParam)) sort = sortParam
  else if (sortParam) problems.push(`ignored sort="${sortParam}" (expected ${DEVICE_SORTS.map((s) => s.value).join(', ')})`)
  return { filters: { eventTypes, deviceTypes, search, serverSide, sort }, problems }
}

/** True when two filters select the same thing. */
export function filtersEqual(a: Filters, b: Filters): boolean {
  const same = (x: readonly string[], y: readonly string[]) => x.length === y.length && x.every((v, i) => v === y[i])
  return same(a.eventTypes, b.eventTypes) && same(a.deviceTypes, b.deviceTypes) && a.search === b.search && a.serverSide === b.serverSide && a.sort === b.sort
}
