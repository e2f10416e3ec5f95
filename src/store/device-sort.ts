import { currentTemperature } from './current-temperature'
import type { DeviceRecordView } from './device-record'

/**
 * How the grid orders devices. The first four change only when a person or an alarm changes
 * something. The live-value orders ('stale', 'warmest', 'coldest') would reshuffle the cards
 * under the reader's eyes on every event, so the grid shows them as a calm snapshot instead
 * (see calm-order.ts).
 */
export type DeviceSort = 'name' | 'alarms' | 'type' | 'project' | 'stale' | 'warmest' | 'coldest'

export interface DeviceSortOption {
  readonly value: DeviceSort
  readonly label: string
  /** Ordered by live values: re-sorted on a slow cadence, not on each event. */
  readonly live: boolean
}

/** The orders offered, in menu order, with their labels. */
export const DEVICE_SORTS: readonly DeviceSortOption[] = [
  { value: 'name', label: 'Name', live: false },
  { value: 'alarms', label: 'Alarms first', live: false },
  { value: 'type', label: 'Type', live: false },
  { value: 'project', label: 'Project order', live: false },
  { value: 'stale', label: 'Last seen, oldest first', live: true },
  { value: 'warmest', label: 'Warmest first', live: true },
  { value: 'coldest', label: 'Coldest first', live: true },
]

export const DEFAULT_SORT: DeviceSort = 'name'

export function isDeviceSort(value: string): value is DeviceSort {
  return DEVICE_SORTS.some((s) => s.value === value)
}

/** True for orders by live values, which the grid re-sorts only on a slow cadence. */
export function isLiveSort(sort: DeviceSort): boolean {
  return DEVICE_SORTS.some((s) => s.value === sort && s.live)
}

// Numeric so that "Fridge 2" comes before "Fridge 10", as people number their rooms and racks.
const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' })

/** The live value a row is ordered by; null when the device has none (never seen, no temperature). */
function liveValue(record: DeviceRecordView, sort: DeviceSort): number | null {
  if (sort === 'stale') return record.lastSeen
  if (sort === 'warmest' || sort === 'coldest') return currentTemperature(record)
  return null
}

/**
 * Compares live values. Never-seen devices head "Last seen, oldest first": they are the
 * deadest of all. Devices without a temperature follow every device with one, in both
 * temperature orders, since they have nothing to rank by.
 */
function compareLive(a: number | null, b: number | null, sort: DeviceSort): number {
  if (a === b) return 0
  if (a === null) return sort === 'stale' ? -1 : 1
  if (b === null) return sort === 'stale' ? 1 : -1
  return sort === 'warmest' ? b - a : a - b
}

/**
 * `ids` in the order `sort` asks for; ids without a record keep their place at the end. Ties go
 * by name, then id, so the order is stable from one render to the next. `rank` says how urgent
 * a device's alarm is (higher first) for the 'alarms' order. Returns `ids` itself for 'project'.
 * Live-value orders read the values the records hold now.
 */
export function sortDeviceIds(
  ids: readonly string[],
  devices: Readonly<Record<string, DeviceRecordView>>,
  sort: DeviceSort,
  rank: (id: string) => number = () => 0,
): readonly string[] {
  if (sort === 'project' || ids.length < 2) return ids
  const rows: Array<{ id: string; name: string; type: string; rank: number; value: number | null }> = []
  const unknown: string[] = []
  for (const id of ids) {
    const r = devices[id]
    if (r) rows.push({ id, name: r.name || id, type: r.type, rank: sort === 'alarms' ? rank(id) : 0, value: liveValue(r, sort) })
    else unknown.push(id)
  }
  rows.sort((a, b) => {
    if (a.rank !== b.rank) return b.rank - a.rank
    if (sort === 'type' && a.type !== b.type) return collator.compare(a.type, b.type)
    return compareLive(a.value, b.value, sort) || collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  })
  return [...rows.map((r) => r.id), ...unknown]
}
