import type { DeviceRecordView } from './device-record'
import type { DeviceStoreState } from './device-store'
import type { EventLogEntry } from './event-log'
import type { SeriesSnapshot, SeriesStats } from './ring-buffer'
import type { SeriesKey, TimelineType } from './series-keys'
import type { TimelineSnapshot } from './state-timeline'
import type { Totals, LoadingState } from './store-state'

// Fallbacks shared by every caller: a fresh `[]` per call would loop zustand 5 into
// "Maximum update depth exceeded".
/** Shared empty id list. */
export const EMPTY_IDS: readonly string[] = Object.freeze([])
/** Shared empty counts. */
export const EMPTY_COUNTS: Readonly<Record<string, number>> = Object.freeze({})
/** Shared empty series snapshot. */
export const EMPTY_SNAPSHOT: SeriesSnapshot = Object.freeze({ times: Object.freeze([]), values: Object.freeze([]) })
/** Shared empty timeline snapshot. */
export const EMPTY_TIMELINE: TimelineSnapshot = Object.freeze({ times: Object.freeze([]), states: EMPTY_IDS })
/** Shared empty log. */
export const EMPTY_ENTRIES: readonly EventLogEntry[] = Object.freeze([])

/** One device's record (undefined when unknown); re-renders only when that device changes. */
export const selectDevice =
  (id: string) =>
  (s: DeviceStoreState): DeviceRecordView | undefined =>
    s.devices[id]

/** A device's seriesVersion (-1 when unknown): select it, then read the buffers. */
export const selectSeriesVersion =
  (id: string) =>
  (s: DeviceStoreState): number =>
    s.devices[id]?.seriesVersion ?? -1

/** Device ids in list order. */
export const selectDeviceOrder = (s: DeviceStoreState): readonly string[] => s.deviceOrder
/** Events per event type, for chip counts. */
export const selectCounts = (s: DeviceStoreState): Readonly<Record<string, number>> => s.countsByEventType
/** Devices per event type. */
export const selectDevicesByEventType = (s: DeviceStoreState): Readonly<Record<string, number>> => s.devicesByEventType
/** Running totals. */
export const selectTotals = (s: DeviceStoreState): Totals => s.totals
/** Loading progress. */
export const selectLoading = (s: DeviceStoreState): LoadingState => s.loading
/** Log version: memoise log views on it. */
export const selectLogVersion = (s: DeviceStoreState): number => s.logVersion
/** The log entries, oldest first; the same array until the log changes. */
export const selectLogEntries = (s: DeviceStoreState): readonly EventLogEntry[] => s.log.toArray()
/** Number of devices. */
export const selectDeviceCount = (s: DeviceStoreState): number => s.deviceOrder.length

/** A series snapshot for a chart, or EMPTY_SNAPSHOT; call it in a useMemo keyed on seriesVersion. */
export function seriesSnapshot(record: DeviceRecordView | undefined, key: SeriesKey, fromTime?: number, toTime?: number): SeriesSnapshot {
  const buffer = record?.series[key]
  return buffer?.size ? buffer.snapshot(fromTime, toTime) : EMPTY_SNAPSHOT
}

/** A timeline snapshot for a state strip, or EMPTY_TIMELINE. */
export function timelineSnapshot(record: DeviceRecordView | undefined, type: TimelineType, fromTime?: number, toTime?: number): TimelineSnapshot {
  const timeline = record?.timelines[type]
  return timeline?.size ? timeline.snapshot(fromTime, toTime) : EMPTY_TIMELINE
}

/** Min, max and mean of a series over a range, or null. */
export function seriesStats(record: DeviceRecordView | undefined, key: SeriesKey, from: number, to: number): SeriesStats | null {
  return record?.series[key]?.minMaxAvg(from, to) ?? null
}
