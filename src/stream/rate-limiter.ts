import type { StreamTimers } from './types'

/**
 * Who waits for a slot. A user who opens a device's history waits at the screen, the gap fill keeps
 * visible charts whole, the prefill of off-screen devices can wait: a waiter is served before every
 * waiter of a later class, first come first served within its class.
 */
export type RequestPriority = 'interactive' | 'normal' | 'background'

const RANK: Record<RequestPriority, number> = { interactive: 0, normal: 1, background: 2 }

/** Hands out permission to send a request, at most `limit` per `intervalMs`. */
export interface RateLimiter {
  /** Resolves when a request may go out; rejects with the signal's reason when aborted. */
  acquire(signal?: AbortSignal, priority?: RequestPriority): Promise<void>
  /** Requests waiting for a slot. */
  readonly waiting: number
}

/** Options for {@link createRateLimiter}. */
export interface RateLimiterOptions {
  limit?: number
  intervalMs?: number
  timers: Pick<StreamTimers, 'setTimeout' | 'clearTimeout' | 'now'>
}

interface Waiter {
  resolve: () => void
  reject: (reason: unknown) => void
  signal: AbortSignal | undefined
  rank: number
  onAbort: () => void
}

/**
 * DT allows 25 requests per 5 s per client (README §7.3). A refilling token bucket of 25 would
 * allow 50 in a 5 s window (a full burst, then the refill), so this keeps a sliding window of the
 * last `limit` grant times instead: no 5 s window ever holds more than 25 requests.
 */
export function createRateLimiter({ limit = 25, intervalMs = 5000, timers }: RateLimiterOptions): RateLimiter {
  const grants: number[] = []
  const queue: Waiter[] = []
  let timer: unknown
  let timerArmed = false

  function abortReason(signal: AbortSignal): unknown {
    return signal.reason ?? new DOMException('aborted', 'AbortError')
  }

  function pump(): void {
    const now = timers.now()
    while (grants.length > 0 && (grants[0] ?? 0) <= now - intervalMs) grants.shift()
    while (queue.length > 0 && grants.length < limit) {
      const waiter = queue.shift()
      if (!waiter) break
      waiter.signal?.removeEventListener('abort', waiter.onAbort)
      grants.push(now)
      waiter.resolve()
    }
    if (queue.length > 0 && !timerArmed) {
      timerArmed = true
      const oldest = grants[0] ?? now
      timer = timers.setTimeout(() => {
        timerArmed = false
        pump()
      }, Math.max(0, oldest + intervalMs - now))
    } else if (queue.length === 0 && timerArmed) {
      // Nobody waits: leave no timer behind (a stopped client must hold none).
      timers.clearTimeout(timer)
      timerArmed = false
    }
  }

  return {
    acquire(signal, priority = 'normal') {
      if (signal?.aborted) return Promise.reject(abortReason(signal))
      return new Promise<void>((resolve, reject) => {
        const waiter: Waiter = {
          resolve,
          reject,
          signal,
          rank: RANK[priority],
          onAbort: () => {
            const i = queue.indexOf(waiter)
            if (i >= 0) queue.splice(i, 1)
            reject(signal ? abortReason(signal) : undefined)
            pump()
          },
        }
        signal?.addEventListener('abort', waiter.onAbort, { once: true })
        // Behind every waiter of its own class or an earlier one, ahead of the later classes.
        const at = queue.findIndex((w) => w.rank > waiter.rank)
        if (at < 0) queue.push(waiter)
        else queue.splice(at, 0, waiter)
        pump()
      })
    },
    get waiting() {
      return queue.length
    },
  }
}
