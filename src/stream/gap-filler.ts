import type { DtEvent } from '../dt'
import { nextDelay } from './backoff'
import type { RateLimiter } from './rate-limiter'
import type { GapFillStatus, HistoryFetcher, StreamTimers } from './types'

/** The range and devices to backfill; the devices are in priority order. */
export interface GapFillRequest {
  /** Epoch ms. */
  from: number
  to: number
  deviceIds: readonly string[]
  /** Keeps only the events the stream's filters would have let through. */
  accept?: (event: DtEvent) => boolean
}

/** Bounds and collaborators of a fill. */
export interface GapFillerOptions {
  fetchHistory: HistoryFetcher
  rateLimiter: RateLimiter
  timers: Pick<StreamTimers, 'setTimeout' | 'clearTimeout'>
  random?: () => number
  /** Devices beyond this many (the first ones win) are skipped. */
  maxDevices?: number
  maxPagesPerDevice?: number
  /** Events fetched in all; the fill stops when reached. */
  maxEvents?: number
  /** Devices fetched at the same time; the rate limiter bounds the request rate anyway. */
  concurrency?: number
  /** Retries of one page after a network error, 429 or 5xx. */
  pageRetries?: number
}

/** Callbacks of a fill: `deliver` returns how many events were new after dedupe. */
export interface GapFillCallbacks {
  deliver(events: DtEvent[]): number
  progress(status: GapFillStatus): void
}

function sleep(ms: number, timers: GapFillerOptions['timers'], signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      timers.clearTimeout(handle)
      signal.removeEventListener('abort', done)
      resolve()
    }
    const handle = timers.setTimeout(done, ms)
    signal.addEventListener('abort', done, { once: true })
  })
}

const retriable = (status: number) => status === 0 || status === 429 || status >= 500

/**
 * Fetches every history page of every device in [from, to] through the rate limiter, within the
 * bounds, and hands each page to `deliver`. Never rejects; an aborted fill resolves as 'aborted'.
 */
export async function fillGap(
  request: GapFillRequest,
  options: GapFillerOptions,
  callbacks: GapFillCallbacks,
  signal: AbortSignal,
): Promise<GapFillStatus> {
  const maxPages = options.maxPagesPerDevice ?? 20
  const maxEvents = options.maxEvents ?? 20_000
  const pageRetries = options.pageRetries ?? 2
  const devices = request.deviceIds.slice(0, options.maxDevices ?? 200)
  let fetched = 0
  let next = 0
  let status: GapFillStatus = {
    state: 'running',
    from: request.from,
    to: request.to,
    devicesDone: 0,
    devicesTotal: devices.length,
    eventsMerged: 0,
    errors: [],
    truncated: devices.length < request.deviceIds.length,
  }
  const update = (patch: Partial<GapFillStatus>) => {
    status = { ...status, ...patch }
    callbacks.progress(status)
  }
  const fail = (deviceId: string, message: string) => update({ errors: [...status.errors, `${deviceId}: ${message}`] })

  async function page(deviceId: string, pageToken: string | undefined) {
    for (let retry = 0; ; retry++) {
      await options.rateLimiter.acquire(signal)
      const query = { startTime: request.from, endTime: request.to, ...(pageToken ? { pageToken } : {}) }
      const result = await options.fetchHistory(deviceId, query, signal)
      if (result.ok || signal.aborted || retry >= pageRetries || !retriable(result.error.status)) return result
      // DT's own example answers a burst with Retry-After: 4 (README §7.3).
      const floorMs = result.error.status === 429 ? 4000 : 1000
      await sleep(nextDelay(retry, { floorMs }, options.random), options.timers, signal)
    }
  }

  async function fillDevice(deviceId: string) {
    let pageToken: string | undefined
    for (let n = 0; n < maxPages; n++) {
      if (fetched >= maxEvents) return update({ truncated: true })
      const result = await page(deviceId, pageToken)
      if (signal.aborted) return
      if (!result.ok) return fail(deviceId, `${result.error.message} (HTTP ${result.error.status})`)
      const room = maxEvents - fetched
      fetched += result.value.items.length
      const events = result.value.items.slice(0, room).filter((e) => e.eventType !== 'ping' && (request.accept?.(e) ?? true))
      const merged = events.length > 0 ? callbacks.deliver(events) : 0
      update({ eventsMerged: status.eventsMerged + merged, truncated: status.truncated || fetched > maxEvents })
      pageToken = result.value.nextPageToken || undefined
      if (!pageToken) return
    }
    update({ truncated: true })
  }

  async function worker() {
    for (let id = devices[next++]; id !== undefined && !signal.aborted; id = devices[next++]) {
      if (fetched >= maxEvents) return update({ truncated: true })
      try {
        await fillDevice(id)
      } catch (e) {
        // The limiter rejects on abort; an injected fetcher may throw despite its Result type.
        if (signal.aborted) return
        fail(id, e instanceof Error ? e.message : 'failed')
      }
      if (!signal.aborted) update({ devicesDone: status.devicesDone + 1 })
    }
  }

  callbacks.progress(status)
  const concurrency = Math.max(1, Math.min(options.concurrency ?? 4, devices.length))
  await Promise.all(Array.from({ length: concurrency }, worker))
  update({ state: signal.aborted ? 'aborted' : 'done' })
  return status
}
