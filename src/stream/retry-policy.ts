import { nextDelay, type BackoffOptions } from './backoff'
import type { RetryAction } from './classify'

/** Longest jitter before an "at once" reconnect, so tabs dropped together do not return together. */
export const IMMEDIATE_JITTER_MS = 250
/** A server's Retry-After is honoured up to this; beyond it the give-up counter takes over. */
export const MAX_FLOOR_MS = 10 * 60_000

/** The next step after a retriable failure. */
export type RetryPlan = { type: 'retry'; delayMs: number } | { type: 'give-up' }

/**
 * Plans the retry after `failures` consecutive attempts without data (1 for the first failure).
 * "At once" holds only for the first failure in a row: a server that closes every stream right
 * away must still meet the backoff and the give-up counter, not a tight loop. Pure.
 */
export function planRetry(
  action: Extract<RetryAction, { type: 'reconnect-now' | 'backoff' }>,
  failures: number,
  options: { maxAttempts: number; backoff?: Omit<BackoffOptions, 'floorMs'> | undefined },
  random: () => number,
): RetryPlan {
  if (options.maxAttempts > 0 && failures >= options.maxAttempts) return { type: 'give-up' }
  if (action.type === 'reconnect-now' && failures <= 1) return { type: 'retry', delayMs: Math.floor(random() * IMMEDIATE_JITTER_MS) }
  const floorMs = Math.min(MAX_FLOOR_MS, action.type === 'backoff' ? (action.floorMs ?? 0) : 0)
  return { type: 'retry', delayMs: nextDelay(failures - 1, { ...options.backoff, floorMs }, random) }
}
