import type { Connection, Device, DeviceEvent, EventPayloads, EventType, UnknownEvent } from '../dt'
import type { SignalSummary } from './network-signal'
import { closeDraft, openDraft, type RecordLimits } from './record-draft'
import { applyDeviceToDraft, applyEventToDraft } from './record-reducers'
import type { RingBuffer } from './ring-buffer'
import type { SeriesKey, TimelineType } from './series-keys'
import type { StateTimeline } from './state-timeline'

/** The newest payload of one event type and its time (epoch ms); samples are not kept here. */
export interface Latest<K extends EventType> {
  readonly time: number
  readonly data: EventPayloads[K]
}

/** Latest payload per known event type. */
export type LatestValues = { readonly [K in EventType]?: Latest<K> }

/** Latest payload of an event type this build does not know, under its raw name. */
export interface LatestUnknown {
  readonly time: number
  readonly data: unknown
}

/**
 * Everything the dashboard knows about one device.
 *
 * Records are immutable snapshots except for `series` and `timelines`: those buffers are shared,
 * mutable and never copied per event. Whenever their contents change the record is replaced and
 * `seriesVersion` grows, so a chart selects `seriesVersion` and reads the buffer.
 */
export interface DeviceRecordView {
  readonly id: string
  readonly projectId: string
  /** False for a device known only from its events, not (yet) from the device list. */
  readonly listed: boolean
  /** Device type (`temperature`, `ccon`, …); `unknown` until listed. */
  readonly type: string
  readonly productNumber: string
  /** The `name` label, else the device id. */
  readonly name: string
  /** The `description` label, else "". */
  readonly description: string
  readonly labels: Readonly<Record<string, string>>
  readonly latest: LatestValues
  readonly latestUnknown: Readonly<Record<string, LatestUnknown>>
  /** Event types this device has sent or reported (known names and raw unknown names), in first-seen order. */
  readonly eventTypes: readonly string[]
  /** Newest event or reported time from the device itself, epoch ms; null when never heard from. */
  readonly lastSeen: number | null
  readonly battery: number | null
  readonly signal: SignalSummary | null
  /** Cloud connector uplink (ccon devices). */
  readonly connection: Connection | null
  readonly series: { readonly [K in SeriesKey]?: RingBuffer }
  readonly timelines: { readonly [K in TimelineType]?: StateTimeline }
  readonly seriesVersion: number
}

const NO_LABELS: Readonly<Record<string, string>> = Object.freeze({})

/** A record with identity only: for devices seen in events before (or without) the device list. */
export function emptyRecord(id: string, projectId: string): DeviceRecordView {
  return {
    id,
    projectId,
    listed: false,
    type: 'unknown',
    productNumber: '',
    name: id,
    description: '',
    labels: NO_LABELS,
    latest: {},
    latestUnknown: {},
    eventTypes: [],
    lastSeen: null,
    battery: null,
    signal: null,
    connection: null,
    series: {},
    timelines: {},
    seriesVersion: 0,
  }
}

/** A record seeded from the device list: identity, labels, and latest values, series and timelines from `reported`. */
export function fromDevice(device: Device, limits?: RecordLimits): DeviceRecordView {
  return mergeDevice(emptyRecord(device.id, device.projectId), device, limits)
}

/** Fills identity and labels from the device list and merges `reported` into what the record already has. */
export function mergeDevice(record: DeviceRecordView, device: Device, limits?: RecordLimits): DeviceRecordView {
  const draft = openDraft(record)
  applyDeviceToDraft(draft, device, limits)
  return closeDraft(draft)
}

/** Applies one event; returns the same record when nothing changed. Mutates the shared buffers. */
export function applyEvent(record: DeviceRecordView, event: DeviceEvent | UnknownEvent, limits?: RecordLimits): DeviceRecordView {
  const draft = openDraft(record)
  applyEventToDraft(draft, event, limits)
  return closeDraft(draft)
}

/** Applies new buffer limits to the record's buffers; a new record when points were dropped. */
export function withLimits(record: DeviceRecordView, limits: RecordLimits): DeviceRecordView {
  let dropped = false
  for (const buffer of Object.values(record.series)) dropped = buffer.setLimits(limits.series) || dropped
  for (const timeline of Object.values(record.timelines)) dropped = timeline.setLimits(limits.timeline) || dropped
  return dropped ? { ...record, seriesVersion: record.seriesVersion + 1 } : record
}
