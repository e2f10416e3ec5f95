import { createTimerSlot } from './timer-slot'
import type { StreamStatus, StreamTimers } from './types'

/** Holds the status draft and publishes immutable snapshots of it. */
export interface StatusPublisher {
  /** The mutable draft; edit it, then call `changed` or `touched`. */
  readonly draft: StreamStatus
  /** Publishes now: state changes, errors, gap-fill milestones. */
  changed(): void
  /** Publishes soon, at most once per throttle period: counters, times, rate. */
  touched(): void
  /** The latest snapshot, including changes not yet published. */
  get(): StreamStatus
}

/** The status before `start()`. */
export function initialStatus(maxAttempts: number): StreamStatus {
  return {
    state: 'idle',
    attempt: 0,
    maxAttempts,
    eventsPerSecond: 0,
    totals: { events: 0, pings: 0, malformed: 0, errorFrames: 0, unknownTypes: 0, reconnects: 0, dropped: 0 },
  }
}

const snapshot = (draft: StreamStatus): StreamStatus => Object.freeze({ ...draft, totals: Object.freeze({ ...draft.totals }) })

/**
 * Counters change per event; publishing each change would re-render the UI per event. State
 * changes go out at once, counter-only changes at most every `throttleMs`.
 */
export function createStatusPublisher(options: {
  maxAttempts: number
  timers: Pick<StreamTimers, 'setTimeout' | 'clearTimeout' | 'now'>
  onStatus: (status: StreamStatus) => void
  throttleMs?: number
}): StatusPublisher {
  const throttleMs = options.throttleMs ?? 500
  const draft = initialStatus(options.maxAttempts)
  const timer = createTimerSlot(options.timers)
  let current = snapshot(draft)
  let dirty = false
  let lastPublishedAt = Number.NEGATIVE_INFINITY

  function publish() {
    timer.clear()
    current = snapshot(draft)
    dirty = false
    lastPublishedAt = options.timers.now()
    try {
      options.onStatus(current)
    } catch (e) {
      // A UI bug must not break the connection loop.
      console.error('stream: onStatus failed', e)
    }
  }

  return {
    draft,
    changed: publish,
    touched() {
      dirty = true
      if (!timer.armed) timer.set(publish, Math.max(0, lastPublishedAt + throttleMs - options.timers.now()))
    },
    get() {
      if (dirty) {
        current = snapshot(draft)
        dirty = false
      }
      return current
    },
  }
}

/**
 * Events per second over the last `windowSeconds` complete seconds. The current second is left
 * out: counting a second that has just begun would under-report by up to 1/windowSeconds.
 */
export function createRateMeter(now: () => number, windowSeconds = 5) {
  const buckets = new Map<number, number>()
  const prune = (second: number) => {
    for (const key of buckets.keys()) if (key < second - windowSeconds) buckets.delete(key)
  }
  return {
    record(count = 1) {
      const second = Math.floor(now() / 1000)
      buckets.set(second, (buckets.get(second) ?? 0) + count)
      if (buckets.size > windowSeconds + 2) prune(second)
    },
    /** Rounded to one decimal so that tiny drifts do not publish a new status. */
    rate(): number {
      const second = Math.floor(now() / 1000)
      prune(second)
      let sum = 0
      for (const [key, n] of buckets) if (key < second) sum += n
      return Math.round((sum / windowSeconds) * 10) / 10
    },
    reset: () => buckets.clear(),
  }
}
