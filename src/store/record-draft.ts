import type { EventPayloads, EventType } from '../dt'
import type { DeviceRecordView, Latest } from './device-record'
import { DEFAULT_MAX_AGE_MS, DEFAULT_SERIES_CAPACITY, RingBuffer, type BufferLimits } from './ring-buffer'
import type { SeriesKey, TimelineType } from './series-keys'
import { DEFAULT_TIMELINE_CAPACITY, StateTimeline } from './state-timeline'

/** Limits for the buffers a record allocates. */
export interface RecordLimits {
  readonly series: BufferLimits
  readonly timeline: BufferLimits
}

/** Default limits: 2,048 points per series, 512 changes per timeline, 24 h each. */
export const DEFAULT_RECORD_LIMITS: RecordLimits = {
  series: { capacity: DEFAULT_SERIES_CAPACITY, maxAgeMs: DEFAULT_MAX_AGE_MS },
  timeline: { capacity: DEFAULT_TIMELINE_CAPACITY, maxAgeMs: DEFAULT_MAX_AGE_MS },
}

type Nested = 'latest' | 'labels' | 'series' | 'timelines' | 'latestUnknown'
type Writable<T> = { -readonly [P in keyof T]: T[P] }

// Bits of RecordDraft.owned: nested objects this draft has already copied.
const OWN_BIT: Readonly<Record<Nested, number>> = { latest: 1, labels: 2, series: 4, timelines: 8, latestUnknown: 16 }
const OWN_TYPES = 32

/**
 * A working copy of a record for one batch: many events for one device cost one new record, and
 * each nested object (latest, labels, …) is copied at most once, on its first change.
 */
export interface RecordDraft {
  readonly base: DeviceRecordView
  readonly r: Writable<DeviceRecordView>
  /** Nested objects already copied (OWN_BIT bits). */
  owned: number
  changed: boolean
  seriesChanged: boolean
  /** Identity, labels or event types changed, so filters must look again. */
  catalogChanged: boolean
}

/** Starts a draft of `record`. */
export function openDraft(record: DeviceRecordView): RecordDraft {
  return { base: record, r: { ...record }, owned: 0, changed: false, seriesChanged: false, catalogChanged: false }
}

/** Ends a draft: the base record when nothing changed, else the new record. Do not reuse the draft. */
export function closeDraft(d: RecordDraft): DeviceRecordView {
  if (!d.changed && !d.seriesChanged) return d.base
  if (d.seriesChanged) d.r.seriesVersion = d.base.seriesVersion + 1
  return d.r
}

/** Copies a nested object of the draft on first write and returns it writable. */
export function own<K extends Nested>(d: RecordDraft, key: K): Writable<DeviceRecordView[K]> {
  const bit = OWN_BIT[key]
  if (!(d.owned & bit)) {
    d.r[key] = { ...d.r[key] } as DeviceRecordView[K]
    d.owned |= bit
  }
  return d.r[key] as Writable<DeviceRecordView[K]>
}

/** Puts a freshly built nested object into the draft (no copy needed later). */
export function adopt<K extends Nested>(d: RecordDraft, key: K, value: DeviceRecordView[K]): void {
  d.r[key] = value
  d.owned |= OWN_BIT[key]
}

/** Sets the latest payload of a type unless a newer one (or the same one) is there; true when set. */
export function setLatest<K extends EventType>(d: RecordDraft, type: K, data: EventPayloads[K], time: number): boolean {
  const prev = d.r.latest[type]
  // Late events (isBackfilled, history after live) fill series but never replace a newer latest value.
  if (prev && time < prev.time) return false
  // The same payload again (device list reloaded, history over reported) must not replace the record.
  if (prev && time === prev.time && JSON.stringify(prev.data) === JSON.stringify(data)) return false
  ;(own(d, 'latest') as Record<string, Latest<EventType>>)[type] = { time, data } as Latest<EventType>
  d.changed = true
  return true
}

/** Sets a scalar field, marking the draft changed when it differs. */
export function setField<K extends 'battery' | 'connection' | 'lastSeen'>(d: RecordDraft, key: K, value: DeviceRecordView[K]): void {
  if (d.r[key] === value) return
  d.r[key] = value
  d.changed = true
}

/** Moves lastSeen forward. */
export function seen(d: RecordDraft, time: number): void {
  if (Number.isFinite(time) && (d.r.lastSeen === null || time > d.r.lastSeen)) setField(d, 'lastSeen', time)
}

/** Adds an event type to the device's types (append-only). */
export function addType(d: RecordDraft, type: string): void {
  if (d.r.eventTypes.includes(type)) return
  if (!(d.owned & OWN_TYPES)) {
    d.r.eventTypes = [...d.r.eventTypes]
    d.owned |= OWN_TYPES
  }
  ;(d.r.eventTypes as string[]).push(type)
  d.changed = d.catalogChanged = true
}

/** Pushes a point into a series, allocating its buffer on first use. */
export function pushPoint(d: RecordDraft, key: SeriesKey, time: number, value: number, limits: RecordLimits): void {
  if (!Number.isFinite(time) || !Number.isFinite(value)) return
  let buffer = d.r.series[key]
  // Allocated lazily: only the quantities a device actually reports get a buffer.
  if (!buffer) buffer = own(d, 'series')[key] = new RingBuffer(limits.series)
  if (buffer.push(time, value)) d.seriesChanged = true
}

/** Pushes a state into a timeline, allocating it on first use. */
export function pushState(d: RecordDraft, type: TimelineType, time: number, state: string, limits: RecordLimits): void {
  if (!Number.isFinite(time)) return
  let timeline = d.r.timelines[type]
  if (!timeline) timeline = own(d, 'timelines')[type] = new StateTimeline(limits.timeline)
  if (timeline.push(time, state)) d.seriesChanged = true
}
