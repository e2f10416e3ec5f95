import { useMemo } from 'react'
import { useStore } from 'zustand'
import { deviceStore, sortDeviceIds, useDeviceStore, useUiStore, useVisibleDeviceIds } from '../../store'
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
 */
export function useSortedDeviceIds(): readonly string[] {
  const ids = useVisibleDeviceIds()
  const sort = useUiStore((s) => s.filters.sort)
  const catalog = useDeviceStore((s) => s.catalogVersion)
  const byDevice = useStore(alarmStore, (s) => (sort === 'alarms' ? s.byDevice : null))
  return useMemo(() => {
    void catalog
    return sortDeviceIds(ids, deviceStore.getState().devices, sort, (id) => alarmRank(byDevice?.[id]))
  }, [ids, sort, catalog, byDevice])
}
