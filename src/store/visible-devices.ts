import type { EventLogEntry } from './event-log'
import { deviceMatches, isUnfiltered, logEntryMatches, searchTerms, type Filters } from './filters'
import type { DeviceStoreData } from './store-state'

type DeviceSource = Pick<DeviceStoreData, 'devices' | 'deviceOrder' | 'catalogVersion'>
type LogSource = DeviceSource & Pick<DeviceStoreData, 'log'>

function filterKey(f: Filters): string {
  return `${f.eventTypes.join(',')}|${f.deviceTypes.join(',')}|${searchTerms(f.search).join(' ')}`
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i])
}

/**
 * Makes a selector for the ids of the devices that pass `filters`, in device order. It returns
 * the same array instance while the result is unchanged: a fresh array per call would loop
 * zustand 5 into "Maximum update depth exceeded". Results are cached per filter content on
 * `deviceOrder` and `catalogVersion`, so live values flowing in cost nothing here.
 */
export function createVisibleDeviceIdsSelector(maxEntries = 16): (state: DeviceSource, filters: Filters) => readonly string[] {
  const cache = new Map<string, { order: readonly string[]; catalog: number; result: readonly string[] }>()
  return (state, filters) => {
    if (isUnfiltered(filters)) return state.deviceOrder
    const key = filterKey(filters)
    const hit = cache.get(key)
    if (hit && hit.order === state.deviceOrder && hit.catalog === state.catalogVersion) return hit.result
    const ids = state.deviceOrder.filter((id) => {
      const r = state.devices[id]
      return r !== undefined && deviceMatches(r, filters)
    })
    const result = hit && sameIds(hit.result, ids) ? hit.result : ids
    cache.delete(key)
    cache.set(key, { order: state.deviceOrder, catalog: state.catalogVersion, result })
    if (cache.size > maxEntries) cache.delete(cache.keys().next().value as string)
    return result
  }
}

/** Shared instance of `createVisibleDeviceIdsSelector()`. */
export const selectVisibleDeviceIds = createVisibleDeviceIdsSelector()

/**
 * Makes a selector for the log entries that pass `filters` (oldest first): the entry's type is
 * selected and its device is visible. Same array instance until the log, the visible devices
 * or the filters change.
 */
export function createFilteredLogSelector(): (state: LogSource, filters: Filters) => readonly EventLogEntry[] {
  const visibleIds = createVisibleDeviceIdsSelector(4)
  let last: { entries: readonly EventLogEntry[]; key: string; ids: readonly string[]; result: readonly EventLogEntry[] } | null = null
  let idSet: { ids: readonly string[]; set: ReadonlySet<string> } | null = null
  return (state, filters) => {
    const entries = state.log.toArray()
    if (isUnfiltered(filters)) return entries
    const key = filterKey(filters)
    const deviceLevel = filters.deviceTypes.length > 0 || searchTerms(filters.search).length > 0
    const ids = deviceLevel ? visibleIds(state, filters) : state.deviceOrder
    if (last && last.entries === entries && last.key === key && last.ids === ids) return last.result
    let deviceFilter: ((id: string) => boolean) | undefined
    if (deviceLevel) {
      if (idSet?.ids !== ids) idSet = { ids, set: new Set(ids) }
      const set = idSet.set
      deviceFilter = (id) => set.has(id)
    }
    const result = entries.filter((e) => logEntryMatches(e, filters, deviceFilter))
    last = { entries, key, ids, result }
    return result
  }
}
