import type { DeviceRecordView } from './device-record'

/**
 * How the grid orders devices. Only orders that change when a person or an alarm changes
 * something: sorting by live values would reshuffle the cards under the reader's eyes.
 */
export type DeviceSort = 'name' | 'alarms' | 'type' | 'project'

/** The orders offered, in menu order, with their labels. */
export const DEVICE_SORTS: ReadonlyArray<{ readonly value: DeviceSort; readonly label: string }> = [
  { value: 'name', label: 'Name' },
  { value: 'alarms', label: 'Alarms first' },
  { value: 'type', label: 'Type' },
  { value: 'project', label: 'Project order' },
]

export const DEFAULT_SORT: DeviceSort = 'name'

export function isDeviceSort(value: string): value is DeviceSort {
  return DEVICE_SORTS.some((s) => s.value === value)
}

// Numeric so that "Fridge 2" comes before "Fridge 10", as people number their rooms and racks.
const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' })

/**
 * `ids` in the order `sort` asks for; ids without a record keep their place at the end. Ties go
 * by name, then id, so the order is stable from one render to the next. `rank` says how urgent
 * a device's alarm is (higher first) for the 'alarms' order. Returns `ids` itself for 'project'.
 */
export function sortDeviceIds(
  ids: readonly string[],
  devices: Readonly<Record<string, DeviceRecordView>>,
  sort: DeviceSort,
  rank: (id: string) => number = () => 0,
): readonly string[] {
  if (sort === 'project' || ids.length < 2) return ids
  const rows: Array<{ id: string; name: string; type: string; rank: number }> = []
  const unknown: string[] = []
  for (const id of ids) {
    const r = devices[id]
    if (r) rows.push({ id, name: r.name || id, type: r.type, rank: sort === 'alarms' ? rank(id) : 0 })
    else unknown.push(id)
  }
  rows.sort((a, b) => {
    if (a.rank !== b.rank) return b.rank - a.rank
    if (sort === 'type' && a.type !== b.type) return collator.compare(a.type, b.type)
    return collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  })
  return [...rows.map((r) => r.id), ...unknown]
}
