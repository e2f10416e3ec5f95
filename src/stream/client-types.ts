import type { DtEvent } from '../dt'
import type { BatchOptions } from './event-batcher'
import type { GapFillLimits } from './gap-coordinator'
import type { RateLimiter } from './rate-limiter'
import type {
  EventOrigin,
  HistoryFetcher,
  StreamEnvironment,
  StreamFilters,
  StreamStatus,
  StreamTimers,
} from './types'

/** Everything the stream client needs, injected; browser defaults where marked. */
export interface StreamClientDeps {
  /** API base including `/v2`, e.g. `/api/v2` behind our same-origin proxy. */
  baseUrl: string
  projectId: string
  filters?: StreamFilters
  /** Sent as `ping_interval`. Default 10 s, as DT's Python client. */
  pingIntervalMs?: number
  /** Watchdog margin over the ping interval. Default 2 s (DT's PING_JITTER). */
  pingJitterMs?: number
  /** Give up into 'offline' after this many attempts without data; 0 never gives up. Default 5. */
  maxAttemptsWithoutEvent?: number
  /** Close the stream while the tab is hidden and backfill on return. Default false (wall displays). */
  pauseWhenHidden?: boolean
  backoff?: { baseMs?: number; maxMs?: number }
  /**
   * The full `Authorization` value ("Bearer …"), asked once per attempt. `fresh` is true only for
   * the one retry after a 401, with `stale` the value that failed; src/auth's
   * `TokenSource.getAuthorization` fits as is. Reject with an error whose `isAuthFailure` is true
   * (src/auth's AuthError, or {@link StreamAuthError}) for wrong credentials → 'auth-error'; any
   * other rejection is retried with backoff.
   */
  getAuthorization: (options: { fresh: boolean; stale?: string }) => Promise<string>
  /** Default: the global fetch. */
  fetch?: typeof fetch
  /** Default: the global timers and Date.now. */
  timers?: StreamTimers
  /** Default: Math.random. */
  random?: () => number
  /** Default: {@link browserEnvironment}. */
  environment?: StreamEnvironment
  /** Batches of new events (deduplicated by eventId); pings are never delivered. */
  onEvents: (events: DtEvent[], origin: EventOrigin) => void
  onStatus?: (status: StreamStatus) => void
  /** One page of a device's history; without it there is no backfill. */
  fetchHistory?: HistoryFetcher
  /** Devices to backfill, most important first. Default: `filters.deviceIds`. */
  devicesForGapFill?: () => readonly string[]
  gapFill?: GapFillLimits
  /** Share one limiter with other REST callers to keep the whole tab under DT's limit. */
  rateLimiter?: RateLimiter
  batch?: BatchOptions
  /** How many eventIds to remember for dedupe. Default 50 000. */
  dedupeCapacity?: number
}

/** The live stream of one project, owned by one tab. */
export interface StreamClient {
  /** Opens the stream; a no-op while running. */
  start(): void
  /** Closes everything (request, timers, backfill) and publishes 'stopped'; a no-op when not running. */
  stop(): void
  /** Skips any wait and connects now; also leaves 'offline', 'auth-error' and 'config-error'. */
  reconnectNow(): void
  /** Replaces the filters; a running stream restarts with the new query. */
  setFilters(filters: StreamFilters): void
  getStatus(): StreamStatus
}
