import type { DtEvent, EventType } from '../../dt'
import type { DeviceRecordView } from '../../store'
import { DETAIL_RANGES, type DetailRange } from '../../ui/detail/detail-ranges'
import type { HistoryAccess } from './history-access'
import { recordFromHistory } from './history-record'

/** A device's history for a window, as a record whose series and timelines hold it. */
export interface HistoryData {
  readonly deviceId: string
  readonly from: number
  readonly to: number
  readonly record: DeviceRecordView
  readonly events: number
  readonly pages: number
  /** The page cap was reached: the oldest part of the window is missing. */
  readonly truncated: boolean
}

/** A failed load, with a message fit for the screen. */
export class HistoryLoadError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message)
    this.name = 'HistoryLoadError'
  }
}

/** Clock, cache and paging limits of a loader. */
export interface HistoryLoaderOptions {
  now?: () => number
  /** How long a loaded window is served from the cache. */
  ttlMs?: number
  pageSize?: number
  maxPages?: number
  /** Wait before retrying a 429 (the limiter should prevent them; other tabs may not). */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>
}

/** Loads device history per (device, range), paged through the shared rate limiter, cached. */
export interface HistoryLoader {
  load(deviceId: string, range: DetailRange, eventTypes: readonly EventType[], signal?: AbortSignal): Promise<HistoryData>
  /** A fresh cached window covering the range and every one of `eventTypes`, without loading. */
  peek(deviceId: string, range: DetailRange, eventTypes?: readonly EventType[]): HistoryData | undefined
}

interface Entry {
  readonly rangeMs: number
  /** The event types asked for: a device compared for its temperature alone must not answer for all of it. */
  readonly types: ReadonlySet<string>
  readonly started: number
  readonly controller: AbortController
  readonly promise: Promise<HistoryData>
  data?: HistoryData
  waiters: number
}

function abortError(): DOMException {
  return new DOMException('aborted', 'AbortError')
}

function defaultSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const id = setTimeout(resolve, ms)
    signal.addEventListener('abort', () => (clearTimeout(id), reject(abortError())), { once: true })
  })
}

function describeFailure(status: number, message: string): string {
  if (status === 0) return `Could not reach the API: ${message}`
  if (status === 401 || status === 403) return `Not allowed to read this device's event history (HTTP ${status}).`
  if (status === 429) return 'The API is rate limiting requests; try again in a few seconds.'
  return `Event history failed: ${message} (HTTP ${status}).`
}

/**
 * Creates a loader over one session's access. A fresh window of the same device that covers the
 * requested range (24 h covers 6 h) answers from the cache for `ttlMs`; concurrent requests share
 * one fetch, which is aborted only when every requester gave up.
 */
export function createHistoryLoader(access: HistoryAccess, options: HistoryLoaderOptions = {}): HistoryLoader {
  const { now = () => Date.now(), ttlMs = 60_000, pageSize = 1000, maxPages = 100, sleep = defaultSleep } = options
  const entries = new Map<string, Entry>()

  async function fetchAll(deviceId: string, from: number, to: number, eventTypes: readonly EventType[], signal: AbortSignal): Promise<HistoryData> {
    const events: DtEvent[] = []
    let pageToken: string | undefined
    let pages = 0
    let retries = 0
    // `continue` in a do…while would test the exit condition first; a plain loop retries the page.
    for (;;) {
      await access.limiter.acquire(signal, 'interactive')
      const query = { eventTypes: [...eventTypes], startTime: from, endTime: to, pageSize, ...(pageToken ? { pageToken } : {}) }
      const r = await access.rest.listEventsPage(access.projectId, deviceId, query, signal)
      if (signal.aborted) throw abortError()
      if (!r.ok) {
        if (r.error.status === 429 && retries++ < 2) {
          await sleep(5000, signal)
          continue
        }
        throw new HistoryLoadError(describeFailure(r.error.status, r.error.message), r.error.status)
      }
      events.push(...r.value.items)
      pages++
      pageToken = r.value.nextPageToken || undefined
      if (!pageToken || pages >= maxPages) break
    }
    return { deviceId, from, to, record: recordFromHistory(deviceId, access.projectId, events), events: events.length, pages, truncated: !!pageToken }
  }

  function fresh(e: Entry): boolean {
    return !e.data || now() - e.started < ttlMs
  }

  function peek(deviceId: string, range: DetailRange, eventTypes: readonly EventType[] = []): HistoryData | undefined {
    const ms = DETAIL_RANGES[range].ms
    let best: HistoryData | undefined
    for (const [key, e] of entries) {
      if (!key.startsWith(`${deviceId}|`) || !e.data || !fresh(e) || e.rangeMs < ms) continue
      if (!eventTypes.every((t) => e.types.has(t))) continue
      if (!best || e.data.to > best.to) best = e.data
    }
    return best
  }

  function start(deviceId: string, range: DetailRange, eventTypes: readonly EventType[]): Entry {
    // Expired windows go, so browsing many devices does not keep every day of data in memory.
    for (const [k, e] of entries) if (!fresh(e)) entries.delete(k)
    const key = entryKey(deviceId, range, eventTypes)
    const to = now()
    const rangeMs = DETAIL_RANGES[range].ms
    const controller = new AbortController()
    const onSession = () => controller.abort()
    access.signal?.addEventListener('abort', onSession, { once: true })
    const promise = fetchAll(deviceId, to - rangeMs, to, eventTypes, controller.signal).finally(() => access.signal?.removeEventListener('abort', onSession))
    const entry: Entry = { rangeMs, types: new Set(eventTypes), started: to, controller, promise, waiters: 0 }
    entries.set(key, entry)
    promise.then(
      (data) => (entry.data = data),
      // Failures are not cached: the next request tries again.
      () => entries.get(key) === entry && entries.delete(key),
    )
    return entry
  }

  return {
    peek,
    load(deviceId, range, eventTypes, signal) {
      if (signal?.aborted) return Promise.reject(abortError())
      const cached = peek(deviceId, range, eventTypes)
      if (cached) return Promise.resolve(cached)
      const key = entryKey(deviceId, range, eventTypes)
      let entry = entries.get(key)
      if (!entry || !fresh(entry)) entry = start(deviceId, range, eventTypes)
      const e = entry
      e.waiters++
      if (!signal) return e.promise
      return new Promise<HistoryData>((resolve, reject) => {
        const onAbort = () => {
          reject(abortError())
          if (--e.waiters === 0 && !e.data) {
            e.controller.abort()
            if (entries.get(key) === e) entries.delete(key)
          }
        }
        signal.addEventListener('abort', onAbort, { once: true })
        e.promise.then(
          (d) => (signal.removeEventListener('abort', onAbort), resolve(d)),
          (err: unknown) => (signal.removeEventListener('abort', onAbort), reject(err)),
        )
      })
    },
  }
}

function entryKey(deviceId: string, range: DetailRange, eventTypes: readonly EventType[]): string {
  return `${deviceId}|${range}|${[...eventTypes].sort().join(',')}`
}

const loaders = new WeakMap<HistoryAccess, HistoryLoader>()

/** The loader of a session's access; one per session, so a new session starts with an empty cache. */
export function historyLoaderFor(access: HistoryAccess): HistoryLoader {
  let loader = loaders.get(access)
  if (!loader) loaders.set(access, (loader = createHistoryLoader(access)))
  return loader
}
