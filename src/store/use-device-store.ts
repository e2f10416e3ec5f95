import { useMemo } from 'react'
import { useStore } from 'zustand'
import { deviceStore, uiStore } from './app-stores'
import type { DeviceRecordView } from './device-record'
import type { DeviceStoreState } from './device-store'
import type { EventLogEntry } from './event-log'
import type { SeriesSnapshot } from './ring-buffer'
import { EMPTY_SNAPSHOT, EMPTY_TIMELINE } from './selectors'
import type { SeriesKey, TimelineType } from './series-keys'
import type { TimelineSnapshot } from './state-timeline'
import type { UiState } from './ui-store'
import { createFilteredLogSelector, selectVisibleDeviceIds } from './visible-devices'

/** Selects from the hot device store; the selector must return stable values (see selectors.ts). */
export function useDeviceStore<T>(selector: (state: DeviceStoreState) => T): T {
  return useStore(deviceStore, selector)
}

/** Selects from the cold UI store. */
export function useUiStore<T>(selector: (state: UiState) => T): T {
  return useStore(uiStore, selector)
}

/** One device's record; re-renders only when that device changes. */
export function useDevice(id: string): DeviceRecordView | undefined {
  return useDeviceStore((s) => s.devices[id])
}

/** A series as plain arrays, recomputed only when the device's seriesVersion or the range changes. */
export function useSeriesSnapshot(id: string, key: SeriesKey, fromTime?: number, toTime?: number): SeriesSnapshot {
  const buffer = useDeviceStore((s) => s.devices[id]?.series[key])
  const version = useDeviceStore((s) => s.devices[id]?.seriesVersion ?? -1)
  return useMemo(() => (version >= 0 && buffer?.size ? buffer.snapshot(fromTime, toTime) : EMPTY_SNAPSHOT), [buffer, version, fromTime, toTime])
}

/** A state timeline as plain arrays, recomputed only when the device's seriesVersion or the range changes. */
export function useTimelineSnapshot(id: string, type: TimelineType, fromTime?: number, toTime?: number): TimelineSnapshot {
  const timeline = useDeviceStore((s) => s.devices[id]?.timelines[type])
  const version = useDeviceStore((s) => s.devices[id]?.seriesVersion ?? -1)
  return useMemo(() => (version >= 0 && timeline?.size ? timeline.snapshot(fromTime, toTime) : EMPTY_TIMELINE), [timeline, version, fromTime, toTime])
}

/** Ids of the devices passing the current filters; a stable array while the result is unchanged. */
export function useVisibleDeviceIds(): readonly string[] {
  const filters = useUiStore((s) => s.filters)
  return useDeviceStore((s) => selectVisibleDeviceIds(s, filters))
}

/** Log entries passing the current filters, oldest first; a stable array until something changes. */
export function useFilteredLog(): readonly EventLogEntry[] {
  const filters = useUiStore((s) => s.filters)
  const select = useMemo(() => createFilteredLogSelector(), [])
  return useDeviceStore((s) => select(s, filters))
}
