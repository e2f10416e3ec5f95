export { createStreamClient } from './stream-client'
export type { StreamClient, StreamClientDeps } from './client-types'
export { browserEnvironment, defaultTimers } from './browser-environment'
export { createRateLimiter, type RateLimiter, type RateLimiterOptions, type RequestPriority } from './rate-limiter'
export { StreamAuthError, isAuthFailure } from './classify'
export { nextDelay, parseRetryAfter, type BackoffOptions } from './backoff'
export type { BatchOptions } from './event-batcher'
export type { GapFillLimits } from './gap-coordinator'
export type {
  EnvironmentChange,
  EventOrigin,
  GapFillStatus,
  HistoryFetcher,
  HistoryQuery,
  StreamEnvironment,
  StreamError,
  StreamErrorKind,
  StreamFilters,
  StreamState,
  StreamStatus,
  StreamTimers,
  StreamTotals,
} from './types'
