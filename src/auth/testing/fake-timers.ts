import type { Timers } from '../timers'

/** Manually driven clock and timers for tests; `advance` runs due callbacks in time order. */
export interface FakeTimers extends Timers {
  advance(ms: number): void
  /** Moves the clock without running timers, like a tab or laptop that slept. */
  jump(ms: number): void
  /** Delays (from now) of the timers still pending, soonest first. */
  pending(): number[]
}

/** Creates fake timers starting at `startMs` (epoch ms). */
export function createFakeTimers(startMs = 1_741_684_547_000): FakeTimers {
  let now = startMs
  let seq = 0
  const queue = new Map<number, { at: number; callback: () => void }>()
  const next = () => [...queue.entries()].sort(([a, x], [b, y]) => x.at - y.at || a - b)[0]
  return {
    now: () => now,
    setTimeout(callback, ms) {
      seq += 1
      queue.set(seq, { at: now + Math.max(0, ms), callback })
      return seq
    },
    clearTimeout(handle) {
      if (typeof handle === 'number') queue.delete(handle)
    },
    advance(ms) {
      const target = now + ms
      for (let entry = next(); entry && entry[1].at <= target; entry = next()) {
        queue.delete(entry[0])
        now = entry[1].at
        entry[1].callback()
      }
      now = target
    },
    jump(ms) {
      now += ms
    },
    pending: () => [...queue.values()].map((t) => t.at - now).sort((a, b) => a - b),
  }
}

/** Lets pending promise callbacks run (a macrotask turn, not a sleep). */
export const flushPromises = (): Promise<void> => new Promise((resolve) => setImmediate(resolve))
