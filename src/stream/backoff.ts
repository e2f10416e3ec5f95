/** Options for {@link nextDelay}; all in milliseconds. */
export interface BackoffOptions {
  /** Delay ceiling of the first retry (attempt 0). */
  baseMs?: number
  /** Cap of the ceiling, however many attempts failed. */
  maxMs?: number
  /** Lower bound, e.g. a server's Retry-After; it wins over the cap. */
  floorMs?: number
}

/**
 * Exponential backoff with full jitter: a uniform pick in [0, min(maxMs, baseMs · 2^attempt)),
 * never below `floorMs`. Full jitter spreads a fleet of tabs that lost the same server, where
 * equal delays would bring them back in lockstep (TanStack `retryer.ts` caps the same way).
 * @example
 * nextDelay(0)                       // 0…1000 ms
 * nextDelay(5)                       // 0…30000 ms (capped)
 * nextDelay(0, { floorMs: 4000 })    // 4000 ms: a server's Retry-After wins
 * nextDelay(3, {}, () => 0.5)        // 4000 ms, deterministic in tests
 */
export function nextDelay(attempt: number, options: BackoffOptions = {}, random: () => number = Math.random): number {
  const baseMs = options.baseMs ?? 1000
  const maxMs = options.maxMs ?? 30_000
  const exponent = Math.max(0, Math.floor(Number.isFinite(attempt) ? attempt : 0))
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.min(exponent, 52))
  const r = Math.min(Math.max(random(), 0), 1)
  return Math.max(options.floorMs ?? 0, Math.floor(r * ceiling))
}

/**
 * Reads a Retry-After header: delay-seconds or an HTTP date (RFC 9110 §10.2.3).
 * Returns milliseconds from `nowMs` (never negative), or undefined when absent or unreadable.
 */
export function parseRetryAfter(header: string | null | undefined, nowMs: number): number | undefined {
  if (header == null) return undefined
  const text = header.trim()
  if (text === '') return undefined
  if (/^\d+$/.test(text)) return Number(text) * 1000
  // A date must name a weekday or month; Date.parse alone would accept "12" or "1.5".
  if (!/[a-z]/i.test(text)) return undefined
  const at = Date.parse(text)
  return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs)
}
