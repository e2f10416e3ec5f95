import type { DecodedPage, DtEvent, RestResult } from '../dt'

/** Timer functions and a clock, injected so tests drive time by hand. */
export interface StreamTimers {
  setTimeout(callback: () => void, ms: number): unknown
  clearTimeout(handle: unknown): void
  /** Epoch milliseconds. */
  now(): number
}

/** A change the environment reports: tab visibility or browser connectivity. */
export type EnvironmentChange = 'visible' | 'hidden' | 'online' | 'offline'

/** Tab visibility and connectivity, injected (TanStack's onlineManager pattern). */
export interface StreamEnvironment {
  isVisible(): boolean
  isOnline(): boolean
  /** Returns the unsubscribe function. */
  subscribe(listener: (change: EnvironmentChange) => void): () => void
}

/** Server-side filters, sent as repeated query keys (README §3.1). */
export interface StreamFilters {
  eventTypes?: readonly string[]
  deviceIds?: readonly string[]
  deviceTypes?: readonly string[]
  /** `key=value`, or a bare `key` for any value. */
  labelFilters?: readonly string[]
}

/** One page request of a device's event history; times in epoch ms. */
export interface HistoryQuery {
  startTime: number
  endTime: number
  pageToken?: string
}

/** Fetches one page of a device's history; the app wires it to `DtRestClient.listEventsPage`. */
export type HistoryFetcher = (
  deviceId: string,
  query: HistoryQuery,
  signal: AbortSignal,
) => Promise<RestResult<DecodedPage<DtEvent>>>

/** Where delivered events come from. */
export type EventOrigin = 'stream' | 'history'

/** Connection states, published to the UI. */
export type StreamState =
  | 'idle'
  | 'connecting'
  | 'live'
  | 'reconnecting'
  | 'offline'
  | 'paused'
  | 'auth-error'
  | 'config-error'
  | 'stopped'

/** Why the last attempt ended. */
export type StreamErrorKind =
  | 'http'
  | 'content-type'
  | 'error-frame'
  | 'closed'
  | 'network'
  | 'watchdog'
  | 'auth'
  | 'browser-offline'

/** The last error, safe to show: never contains the token. */
export interface StreamError {
  kind: StreamErrorKind
  /** HTTP status, or the HTTP-style code of an error frame. */
  status?: number
  grpcCode?: number
  message: string
}

/** Progress of the backfill after a reconnect. */
export interface GapFillStatus {
  state: 'running' | 'done' | 'aborted'
  /** Epoch ms, the range asked from history. */
  from: number
  to: number
  devicesDone: number
  devicesTotal: number
  /** Events new to the consumer after dedupe. */
  eventsMerged: number
  /** Devices or pages that failed, e.g. `dev1: HTTP 500`. */
  errors: string[]
  /** True when a bound (devices, pages or events) cut the fill short. */
  truncated: boolean
}

/** Running totals since the client was created. */
export interface StreamTotals {
  events: number
  pings: number
  malformed: number
  errorFrames: number
  unknownTypes: number
  reconnects: number
  /** Events dropped by a full buffer or a throwing consumer. */
  dropped: number
}

/** Everything the UI shows about the stream; a new object on every change. */
export interface StreamStatus {
  state: StreamState
  /** Consecutive attempts without data (event or ping). */
  attempt: number
  /** Give-up threshold; 0 means never give up. */
  maxAttempts: number
  /** Epoch ms of the next scheduled attempt while reconnecting. */
  nextRetryAt?: number
  lastError?: StreamError
  connectedAt?: number
  lastEventAt?: number
  lastPingAt?: number
  /** Any message, pings and empty keep-alives included. */
  lastDataAt?: number
  /** Smoothed over the last few seconds. */
  eventsPerSecond: number
  totals: StreamTotals
  /** The last malformed line, shortened. */
  lastMalformed?: string
  /** The message of the last in-stream error frame. */
  lastErrorFrame?: string
  gapFill?: GapFillStatus
}
