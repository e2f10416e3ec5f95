/** Backoff settings for failed token requests. */
export interface RetryDelayOptions {
  baseMs: number
  maxMs: number
}

/** Default backoff: 1 s, 2 s, 4 s … capped at one minute. */
export const DEFAULT_RETRY_DELAY: RetryDelayOptions = { baseMs: 1000, maxMs: 60_000 }

/** Delay before the next attempt after `failures` consecutive failures (≥ 1): base · 2^(n−1), capped. */
export function retryDelay(failures: number, { baseMs, maxMs }: RetryDelayOptions = DEFAULT_RETRY_DELAY): number {
  const exponent = Math.min(Math.max(failures, 1) - 1, 30)
  return Math.min(baseMs * 2 ** exponent, maxMs)
}
