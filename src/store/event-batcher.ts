import type { DtEvent } from '../dt'

/** Pending events kept while nothing flushes (hidden tab), by default. */
export const DEFAULT_MAX_PENDING = 50_000
/** Flush at least this often when no animation frame comes, by default. */
export const DEFAULT_FLUSH_INTERVAL_MS = 100

/** Environment and limits of a batcher; everything time-related is injectable for tests. */
export interface EventBatcherOptions {
  /** Receives each batch; wire to `store.getState().applyBatch(events, 'stream')`. */
  apply: (events: DtEvent[]) => void
  /** Defaults to requestAnimationFrame when present; without it only the timer flushes. */
  requestFrame?: ((callback: () => void) => unknown) | null
  cancelFrame?: (handle: unknown) => void
  setTimeout?: (callback: () => void, ms: number) => unknown
  clearTimeout?: (handle: unknown) => void
  now?: () => number
  /** Timer flush delay (default 100 ms; never below minIntervalMs). */
  intervalMs?: number
  /** Least time between two frame flushes (default 0: every frame); raise it for very large projects. */
  minIntervalMs?: number
  /** Pending cap; beyond it the oldest events are dropped and counted (default 50,000). */
  maxPending?: number
  /** Whether the page is visible at start (default true). */
  visible?: boolean
}

/** Counters for the status line and for tests. */
export interface BatcherStats {
  readonly pending: number
  /** Events dropped because the pending cap was reached. */
  readonly dropped: number
  readonly flushes: number
  /** `now()` at the last flush, or null. */
  readonly lastFlushAt: number | null
}

/** Buffers stream events and hands them to the store in batches. */
export interface EventBatcher {
  push(events: DtEvent | readonly DtEvent[]): void
  /** Applies everything pending now (no-op when nothing is). */
  flush(): void
  /** Call from `visibilitychange`; becoming visible flushes at once. */
  setVisible(visible: boolean): void
  stats(): BatcherStats
  /** Cancels timers and drops what is pending; later pushes are ignored. */
  dispose(): void
}

/**
 * Creates a batcher that flushes once per animation frame or after `intervalMs`, whichever comes
 * first. Hidden tabs get no frames and throttled timers (Chrome: about once a minute after 5 min),
 * so the pending buffer is capped and a return to visible flushes at once.
 * @example
 * const batcher = createEventBatcher({ apply: (events) => store.getState().applyBatch(events, 'stream') })
 * stream.onEvent = (event) => batcher.push(event)
 * document.addEventListener('visibilitychange', () => batcher.setVisible(!document.hidden))
 */
export function createEventBatcher(options: EventBatcherOptions): EventBatcher {
  const g = globalThis as { requestAnimationFrame?: (cb: () => void) => number; cancelAnimationFrame?: (h: number) => void }
  const requestFrame =
    options.requestFrame === undefined ? (g.requestAnimationFrame ? (cb: () => void) => g.requestAnimationFrame?.(cb) : null) : options.requestFrame
  const cancelFrame = options.cancelFrame ?? ((h: unknown) => g.cancelAnimationFrame?.(h as number))
  const setTimer = options.setTimeout ?? ((cb: () => void, ms: number) => globalThis.setTimeout(cb, ms))
  const clearTimer = options.clearTimeout ?? ((h: unknown) => globalThis.clearTimeout(h as ReturnType<typeof globalThis.setTimeout>))
  const now = options.now ?? (() => Date.now())
  const intervalMs = options.intervalMs ?? DEFAULT_FLUSH_INTERVAL_MS
  const minIntervalMs = options.minIntervalMs ?? 0
  const timerMs = Math.max(intervalMs, minIntervalMs)
  const maxPending = Math.max(1, options.maxPending ?? DEFAULT_MAX_PENDING)

  let pending: DtEvent[] = []
  // Index of the oldest live pending event: dropping is O(1), compaction is amortised.
  let start = 0
  let frame: unknown = null
  let timer: unknown = null
  let visible = options.visible ?? true
  let disposed = false
  let dropped = 0
  let flushes = 0
  let lastFlushAt: number | null = null

  function cancel(): void {
    if (frame !== null) cancelFrame(frame)
    if (timer !== null) clearTimer(timer)
    frame = timer = null
  }

  function schedule(): void {
    if (disposed || pending.length === start) return
    if (timer === null) timer = setTimer(onTimer, timerMs)
    if (frame === null && visible && requestFrame) frame = requestFrame(onFrame)
  }

  function onFrame(): void {
    frame = null
    if (lastFlushAt !== null && now() - lastFlushAt < minIntervalMs) return schedule()
    flush()
  }

  function onTimer(): void {
    timer = null
    flush()
  }

  function flush(): void {
    cancel()
    if (pending.length === start) return
    const batch = start ? pending.slice(start) : pending
    pending = []
    start = 0
    flushes++
    lastFlushAt = now()
    options.apply(batch)
  }

  function push(events: DtEvent | readonly DtEvent[]): void {
    if (disposed) return
    if (Array.isArray(events)) for (const e of events as readonly DtEvent[]) pending.push(e)
    else pending.push(events as DtEvent)
    const excess = pending.length - start - maxPending
    if (excess > 0) {
      start += excess
      dropped += excess
      if (start >= maxPending) {
        pending = pending.slice(start)
        start = 0
      }
    }
    schedule()
  }

  return {
    push,
    flush,
    setVisible(next) {
      visible = next
      if (next) flush()
      else if (frame !== null) {
        cancelFrame(frame)
        frame = null
      }
    },
    stats: () => ({ pending: pending.length - start, dropped, flushes, lastFlushAt }),
    dispose() {
      disposed = true
      cancel()
      pending = []
      start = 0
    },
  }
}
