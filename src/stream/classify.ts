import type { StreamErrorFrame } from '../dt'
import type { StreamError } from './types'

/** How one stream attempt ended, as the transport or the client saw it. */
export type AttemptFailure =
  | { kind: 'http'; status: number; contentType: string | null; retryAfterMs?: number; message: string }
  | { kind: 'frame'; frame: StreamErrorFrame }
  | { kind: 'closed' }
  | { kind: 'network'; message: string }
  | { kind: 'watchdog'; silentMs: number }
  /** `getAuthorization` rejected; `fatal` when the token source marked it as an auth failure. */
  | { kind: 'auth'; message: string; fatal: boolean }

/** What the connection loop does next. */
export type RetryAction =
  | { type: 'reconnect-now' }
  | { type: 'backoff'; floorMs?: number }
  | { type: 'refresh-auth' }
  | { type: 'auth-error' }
  | { type: 'config-error' }

/** An action plus the error to show. */
export interface Classification {
  action: RetryAction
  error: StreamError
}

/** Floor for "slow down" answers without Retry-After (429, gRPC RESOURCE_EXHAUSTED). */
export const LONG_BACKOFF_MS = 15_000
/** DT's error page advises waiting at least 10 s after a 504. */
export const GATEWAY_TIMEOUT_FLOOR_MS = 10_000

const GRPC_NAMES: Record<number, string> = {
  0: 'OK', 1: 'CANCELLED', 2: 'UNKNOWN', 3: 'INVALID_ARGUMENT', 4: 'DEADLINE_EXCEEDED', 5: 'NOT_FOUND',
  6: 'ALREADY_EXISTS', 7: 'PERMISSION_DENIED', 8: 'RESOURCE_EXHAUSTED', 9: 'FAILED_PRECONDITION',
  10: 'ABORTED', 11: 'OUT_OF_RANGE', 12: 'UNIMPLEMENTED', 13: 'INTERNAL', 14: 'UNAVAILABLE',
  15: 'DATA_LOSS', 16: 'UNAUTHENTICATED',
}
const GRPC_CONFIG = new Set([3, 5, 7, 9, 11, 12])

/** Maps an HTTP status (at open, or inside an error frame) to an action (README §7.2). */
export function actionForStatus(status: number, retryAfterMs?: number): RetryAction {
  if (status === 401) return { type: 'refresh-auth' }
  // 408 is the server ending a long-lived stream on purpose ("closing stream", README §3.4).
  if (status === 408) return { type: 'reconnect-now' }
  if (status === 429) return { type: 'backoff', floorMs: retryAfterMs ?? LONG_BACKOFF_MS }
  // 409 (gRPC ABORTED/ALREADY_EXISTS) and 425 (Too Early) are transient on a read-only stream.
  if (status === 409 || status === 425) return { type: 'backoff' }
  if (status === 504) return { type: 'backoff', floorMs: retryAfterMs ?? GATEWAY_TIMEOUT_FLOOR_MS }
  if (status >= 500) return retryAfterMs === undefined ? { type: 'backoff' } : { type: 'backoff', floorMs: retryAfterMs }
  // 400, 403, 404 and any other 4xx: retrying the same request cannot succeed.
  if (status >= 400) return { type: 'config-error' }
  return { type: 'backoff' }
}

/** Maps a gRPC status code of an error frame to an action (README §3.4). */
export function actionForGrpc(code: number): RetryAction {
  if (code === 0 || code === 1) return { type: 'reconnect-now' }
  if (code === 16) return { type: 'refresh-auth' }
  if (code === 8) return { type: 'backoff', floorMs: LONG_BACKOFF_MS }
  if (GRPC_CONFIG.has(code)) return { type: 'config-error' }
  return { type: 'backoff' }
}

function classifyFrame(frame: StreamErrorFrame): Classification {
  const name = frame.grpcCode === undefined ? undefined : (GRPC_NAMES[frame.grpcCode] ?? `gRPC ${frame.grpcCode}`)
  const label = frame.httpStatus !== undefined ? `${frame.httpStatus}${name ? ` ${name}` : ''}` : (name ?? 'error')
  const error: StreamError = {
    kind: 'error-frame',
    ...(frame.httpStatus !== undefined ? { status: frame.httpStatus } : {}),
    ...(frame.grpcCode !== undefined ? { grpcCode: frame.grpcCode } : {}),
    message: frame.message ? `${frame.message} (${label})` : `stream error ${label}`,
  }
  // The HTTP-style code is the richer signal (408 "closing stream"); fall back to gRPC.
  const action =
    frame.httpStatus !== undefined
      ? actionForStatus(frame.httpStatus)
      : actionForGrpc(frame.grpcCode ?? 2)
  return { action, error }
}

/** Classifies how an attempt ended into the next action and a displayable error. Pure. */
export function classifyFailure(failure: AttemptFailure): Classification {
  switch (failure.kind) {
    case 'http': {
      const error: StreamError = { kind: 'http', status: failure.status, message: failure.message }
      if (failure.status === 200) {
        // A 200 of the wrong type is usually an SPA fallback or a captive portal: retry slowly,
        // the give-up counter turns a permanent misconfiguration into "offline".
        return {
          action: { type: 'backoff' },
          error: { kind: 'content-type', status: 200, message: `expected text/event-stream, got ${failure.contentType ?? 'no content type'}` },
        }
      }
      return { action: actionForStatus(failure.status, failure.retryAfterMs), error }
    }
    case 'frame':
      return classifyFrame(failure.frame)
    case 'closed':
      return { action: { type: 'reconnect-now' }, error: { kind: 'closed', message: 'stream closed by the server' } }
    case 'network':
      return { action: { type: 'backoff' }, error: { kind: 'network', message: failure.message } }
    case 'watchdog':
      return {
        action: { type: 'reconnect-now' },
        error: { kind: 'watchdog', message: `no data for ${Math.round(failure.silentMs / 1000)} s` },
      }
    case 'auth':
      return {
        action: failure.fatal ? { type: 'auth-error' } : { type: 'backoff' },
        error: { kind: 'auth', message: failure.message },
      }
  }
}

/** Rejection a token source can use to say "credentials are wrong", as opposed to "try later". */
export class StreamAuthError extends Error {
  readonly isAuthFailure = true
  constructor(message: string) {
    super(message)
    this.name = 'AuthError'
  }
}

/**
 * True when a `getAuthorization` rejection says the credentials are wrong. src/auth's AuthError
 * is named 'AuthError' for transient failures too, so its boolean `isAuthFailure` decides; an
 * error without it counts only with `kind: 'auth'`. Anything else is retried with backoff.
 */
export function isAuthFailure(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false
  const e = error as { isAuthFailure?: unknown; kind?: unknown }
  if (typeof e.isAuthFailure === 'boolean') return e.isAuthFailure
  return e.kind === 'auth'
}
