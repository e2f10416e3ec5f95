import { DEVICE_TYPES } from '../../dt'
import type { DeviceStoreData } from '../../store'
import type { DeviceTypeOption } from '../../ui/filters/device-type-picker'

type Catalog = Pick<DeviceStoreData, 'devices' | 'deviceOrder' | 'catalogVersion'>

/**
 * Makes a selector for the number of devices per device type. Types change only with the
 * catalog, so the result is cached on `catalogVersion` and `deviceOrder`: the same object while
 * live values flow, as zustand 5 needs.
 */
export function createDeviceTypeCounter(): (s: Catalog) => Readonly<Record<string, number>> {
  let last: { catalog: number; order: readonly string[]; result: Readonly<Record<string, number>> } | null = null
  return (s) => {
    if (last && last.catalog === s.catalogVersion && last.order === s.deviceOrder) return last.result
    const counts: Record<string, number> = {}
    for (const id of s.deviceOrder) {
      const type = s.devices[id]?.type
      if (type) counts[type] = (counts[type] ?? 0) + 1
    }
    last = { catalog: s.catalogVersion, order: s.deviceOrder, result: counts }
    return counts
  }
}

/** Shared instance of `createDeviceTypeCounter()`. */
export const selectDeviceTypeCounts = createDeviceTypeCounter()

const rank = (type: string) => {
  const i = (DEVICE_TYPES as readonly string[]).indexOf(type)
  return i < 0 ? DEVICE_TYPES.length : i
}

/** Picker options: the types present, plus selected ones absent (from a link), in DT's order. */
export function deviceTypeOptions(counts: Readonly<Record<string, number>>, selected: readonly string[]): DeviceTypeOption[] {
  const types = new Set([...Object.keys(counts), ...selected])
  return [...types]
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
    .map((type) => ({ type, count: counts[type] ?? 0, selected: selected.includes(type) }))
}
