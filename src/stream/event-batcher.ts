import type { DtEvent } from '../dt'
import { createTimerSlot } from './timer-slot'
import type { StreamTimers } from './types'

/** Sizes and pace of delivered batches. */
export interface BatchOptions {
  /** Longest wait before a batch goes out. */
  intervalMs?: number
  /** A batch this large goes out at once. */
  maxSize?: number
  /** Hard cap on held events; beyond it the oldest are dropped and counted. */
  maxPending?: number
}

/** Collects stream events and hands them on in batches. */
export interface EventBatcher {
  push(event: DtEvent): void
  /** Delivers what is pending now (on stop, and when the tab becomes visible). */
  flush(): void
  readonly pending: number
}

/**
 * Batches events so the store applies one update per ~50 ms instead of one per event (zustand
 * runs every selector on every `set`). Chrome throttles hidden tabs' timers to about once a
 * minute, hence the size trigger and the hard cap: memory stays bounded whatever the timers do.
 */
export function createEventBatcher(
  options: BatchOptions & {
    timers: Pick<StreamTimers, 'setTimeout' | 'clearTimeout'>
    deliver: (events: DtEvent[]) => void
    onDrop: (count: number) => void
  },
): EventBatcher {
  const intervalMs = options.intervalMs ?? 50
  const maxSize = options.maxSize ?? 500
  const maxPending = options.maxPending ?? 10_000
  const timer = createTimerSlot(options.timers)
  let pending: DtEvent[] = []

  function flush() {
    timer.clear()
    if (pending.length === 0) return
    const batch = pending
    pending = []
    options.deliver(batch)
  }

  return {
    push(event) {
      pending.push(event)
      if (pending.length > maxPending) {
        const excess = pending.length - maxPending
        pending.splice(0, excess)
        options.onDrop(excess)
      }
      if (pending.length >= maxSize) flush()
      else if (!timer.armed) timer.set(flush, intervalMs)
    },
    flush,
    get pending() {
      return pending.length
    },
  }
}
