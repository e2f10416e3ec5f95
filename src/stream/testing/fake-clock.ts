import type { StreamTimers } from '../types'

/** Lets promise chains, stream reads and the library's async steps run; no wall-clock wait. */
export async function settle(rounds = 8): Promise<void> {
  for (let i = 0; i < rounds; i++) await new Promise<void>((resolve) => setImmediate(resolve))
}

/** Injected timers driven by hand: `advance` runs due callbacks in order, settling in between. */
export function createFakeClock(start = Date.UTC(2025, 2, 11, 9, 0, 0)) {
  let now = start
  let seq = 0
  const pending = new Map<number, { at: number; callback: () => void }>()

  const timers: StreamTimers = {
    setTimeout(callback, ms) {
      const id = ++seq
      pending.set(id, { at: now + Math.max(0, ms), callback })
      return id
    },
    clearTimeout(handle) {
      pending.delete(handle as number)
    },
    now: () => now,
  }

  function due(end: number): [number, { at: number; callback: () => void }] | undefined {
    let best: [number, { at: number; callback: () => void }] | undefined
    for (const entry of pending) if (entry[1].at <= end && (!best || entry[1].at < best[1].at)) best = entry
    return best
  }

  return {
    timers,
    now: () => now,
    /** Number of timers not yet fired or cleared. */
    pending: () => pending.size,
    /** Delays of the pending timers from now, sorted. */
    delays: () => [...pending.values()].map((t) => t.at - now).sort((a, b) => a - b),
    async advance(ms: number) {
      const end = now + ms
      await settle()
      for (let next = due(end); next; next = due(end)) {
        now = Math.max(now, next[1].at)
        pending.delete(next[0])
        next[1].callback()
        await settle()
      }
      now = end
      await settle()
    },
  }
}
