import type { DtEvent } from '../dt'
import { fillGap, type GapFillerOptions, type GapFillRequest } from './gap-filler'
import type { RateLimiter } from './rate-limiter'
import type { GapFillStatus, HistoryFetcher, StreamTimers } from './types'

/** Bounds of the backfill after a reconnect. */
export interface GapFillLimits {
  /** Overlap before the last event seen, for clock skew and late events. Default 5 s. */
  marginMs?: number
  /** Longest gap asked for; older parts are left out. Default 6 h. */
  maxGapMs?: number
  maxDevices?: number
  maxPagesPerDevice?: number
  maxEvents?: number
  concurrency?: number
}

/** Decides when a gap exists and runs one fill at a time. */
export interface GapCoordinator {
  /** A stream event or ping with this server time arrived. */
  noteSeen(serverTime: number): void
  /** A connection that had delivered data ended: everything after the last event is a gap. */
  markGap(): void
  /** The stream is open again: fill the pending gap, if any, without blocking the stream. */
  fillPending(): void
  /** Aborts a running fill and forgets gaps (stop, new filters). */
  reset(): void
}

/**
 * DT delivers at most once and has no replay (README §3.5); events published while we were away
 * exist only in per-device history. A fill that is cut short by a newer one folds its range into
 * the newer one, so an interrupted range is never lost.
 */
export function createGapCoordinator(options: GapFillLimits & {
  fetchHistory: HistoryFetcher | undefined
  rateLimiter: RateLimiter
  timers: StreamTimers
  random: () => number
  devices: () => readonly string[]
  accept: () => ((event: DtEvent) => boolean) | undefined
  deliver: (events: DtEvent[]) => number
  progress: (status: GapFillStatus) => void
}): GapCoordinator {
  const marginMs = options.marginMs ?? 5000
  const maxGapMs = options.maxGapMs ?? 6 * 3_600_000
  let lastSeen: number | undefined
  let gapFrom: number | undefined
  let running: { controller: AbortController; from: number; status?: GapFillStatus } | undefined

  const fillerOptions = (fetchHistory: HistoryFetcher): GapFillerOptions => ({
    fetchHistory,
    rateLimiter: options.rateLimiter,
    timers: options.timers,
    random: options.random,
    ...(options.maxDevices !== undefined ? { maxDevices: options.maxDevices } : {}),
    ...(options.maxPagesPerDevice !== undefined ? { maxPagesPerDevice: options.maxPagesPerDevice } : {}),
    ...(options.maxEvents !== undefined ? { maxEvents: options.maxEvents } : {}),
    ...(options.concurrency !== undefined ? { concurrency: options.concurrency } : {}),
  })

  return {
    noteSeen(serverTime) {
      if (Number.isFinite(serverTime) && (lastSeen === undefined || serverTime > lastSeen)) lastSeen = serverTime
    },
    markGap() {
      if (lastSeen === undefined || !options.fetchHistory) return
      gapFrom = Math.min(gapFrom ?? Number.POSITIVE_INFINITY, lastSeen - marginMs)
    },
    fillPending() {
      const fetchHistory = options.fetchHistory
      if (gapFrom === undefined || !fetchHistory) return
      let from = gapFrom
      gapFrom = undefined
      if (running) {
        from = Math.min(from, running.from)
        running.controller.abort()
      }
      const now = options.timers.now()
      // Both ends get a margin: history times are the server's, `now` is this machine's.
      const to = now + marginMs
      from = Math.max(from, now - maxGapMs)
      const controller = new AbortController()
      const mine: NonNullable<typeof running> = { controller, from }
      running = mine
      const accept = options.accept()
      const request: GapFillRequest = { from, to, deviceIds: options.devices(), ...(accept ? { accept } : {}) }
      void fillGap(request, fillerOptions(fetchHistory), {
        deliver: options.deliver,
        // A superseded or reset fill finishes in the background; only the current one reports.
        progress: (status) => {
          if (running !== mine) return
          mine.status = status
          options.progress(status)
        },
      }, controller.signal).then(() => {
        if (running === mine) running = undefined
      })
    },
    reset() {
      const stale = running
      running = undefined
      stale?.controller.abort()
      if (stale?.status) options.progress({ ...stale.status, state: 'aborted' })
      gapFrom = undefined
    },
  }
}
