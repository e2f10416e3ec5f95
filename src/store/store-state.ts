import type { DeviceRecordView } from './device-record'
import type { EventLog } from './event-log'

/** Progress of a load. */
export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error'

/** Progress of the history prefill. */
export interface HistoryProgress {
  readonly status: LoadStatus
  /** Devices done (fetched or failed). */
  readonly done: number
  /** Devices planned. */
  readonly total: number
  readonly failed: number
  readonly error?: string
}

/** Device list and history loading, for skeletons and progress text. */
export interface LoadingState {
  readonly devices: LoadStatus
  /** Devices listed so far. */
  readonly count: number
  readonly error?: string
  readonly history: HistoryProgress
}

/** Running totals since the last clear. */
export interface Totals {
  /** Events applied (duplicates and pings excluded). */
  readonly applied: number
  /** Of those, from event history. */
  readonly fromHistory: number
  /** Events dropped because their eventId was seen before. */
  readonly duplicates: number
  /** Records created for devices that were not in the device list. */
  readonly unknownDevices: number
}

/**
 * The hot data. Identity contract, which selectors rely on:
 * - `devices` is a new object after every change, but each record in it is a new object only
 *   when that device changed, so `s => s.devices[id]` re-renders one card only for its device.
 * - Series and timelines are mutable buffers shared between a record's versions; a change to
 *   them replaces the record and bumps its `seriesVersion`. Never copy them per event.
 * - `deviceOrder` changes only when devices are added or the list is replaced.
 * - `catalogVersion` grows when anything filters look at changes (identity, labels, event types,
 *   the set of devices); `selectVisibleDeviceIds` caches on it.
 * - `log` is one mutable EventLog for the store's lifetime; `logVersion` mirrors its version.
 * - Counters are replaced on change, never mutated.
 */
export interface DeviceStoreData {
  readonly devices: Readonly<Record<string, DeviceRecordView>>
  /** Device list order, then devices first heard of in events. */
  readonly deviceOrder: readonly string[]
  /** Events applied per event type (raw names for unknown types). */
  readonly countsByEventType: Readonly<Record<string, number>>
  /** Devices that sent or reported each event type. */
  readonly devicesByEventType: Readonly<Record<string, number>>
  readonly log: EventLog
  readonly logVersion: number
  readonly catalogVersion: number
  readonly totals: Totals
  readonly loading: LoadingState
}

/** Loading state before anything started. */
export const IDLE_LOADING: LoadingState = {
  devices: 'idle',
  count: 0,
  history: { status: 'idle', done: 0, total: 0, failed: 0 },
}

/** Totals at zero. */
export const ZERO_TOTALS: Totals = { applied: 0, fromHistory: 0, duplicates: 0, unknownDevices: 0 }

/** Empty data around a given log. */
export function emptyData(log: EventLog): DeviceStoreData {
  return {
    devices: {},
    deviceOrder: [],
    countsByEventType: {},
    devicesByEventType: {},
    log,
    logVersion: log.version,
    catalogVersion: 0,
    totals: ZERO_TOTALS,
    loading: IDLE_LOADING,
  }
}
