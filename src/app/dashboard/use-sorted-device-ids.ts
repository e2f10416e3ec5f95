import { useMemo, useState } from 'react'
import { useStore } from 'zustand'
import { deviceStore, isLiveSort, nextCalmOrder, sortDeviceIds, useDeviceStore, useUiStore, useVisibleDeviceIds, type CalmOrder } from '../../store'
import type { AlarmStatus } from '../../store/alarms'
import { alarmStore } from '../alarms/alarm-app-store'

/** How urgent a device's worst alarm is, for "Alarms first": unacknowledged firing on top. */
export function alarmRank(status: AlarmStatus | undefined): number {
  if (!status || status.phase === 'cleared') return 0
  if (status.phase === 'pending') return 1
  return status.acknowledged ? 2 : 3
}

/**
 * The visible device ids in the order the user chose. Re-sorted only when the visible set, the
 * names (catalogVersion) or, for "Alarms first", the alarms change: never on live values.
 * Live-value orders (last seen, temperature) are a calm snapshot instead: re-taken every
 * CALM_RESORT_MS by the clock `now` and when the set, names or sort change, but never while
 * `held` (the user is in the grid).
 */
export function useSortedDeviceIds(now: number, held: boolean): readonly string[] {
  const ids = useVisibleDeviceIds()
  const sort = useUiStore((s) => s.filters.sort)
  const catalog = useDeviceStore((s) => s.catalogVersion)
  const byDevice = useStore(alarmStore, (s) => (sort === 'alarms' ? s.byDevice : null))
  const live = isLiveSort(sort)
  const ordered = useMemo(() => {
    void catalog
    return live ? ids : sortDeviceIds(ids, deviceStore.getState().devices, sort, (id) => alarmRank(byDevice?.[id]))
  }, [ids, sort, live, catalog, byDevice])

  // The snapshot depends on the one before it, so it is kept in state and advanced during
  // render (React's pattern for state derived from previous renders); it settles in one step.
  const [calm, setCalm] = useState<CalmOrder | null>(null)
  const next = live ? nextCalmOrder(calm, { visible: ids, sort, catalog, now, held }, (list) => sortDeviceIds(list, deviceStore.getState().devices, sort)) : null
  if (next !== calm) setCalm(next)
  return next ? next.ids : ordered
}
