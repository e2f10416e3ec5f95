import type { RestError } from '../dt'

/** True for the statuses that mean "these credentials are wrong": retrying will not help. */
export const isAuthFailureStatus = (status: number): boolean => status === 400 || status === 401 || status === 403

/**
 * Why no access token could be had. `isAuthFailure` separates wrong credentials (show the message,
 * stop) from network and 5xx trouble (retry with backoff). The message never holds a token or secret.
 */
export class AuthError extends Error {
  override readonly name = 'AuthError'
  readonly status: number
  readonly isAuthFailure: boolean

  constructor(status: number, message: string, isAuthFailure = isAuthFailureStatus(status)) {
    super(message)
    this.status = status
    this.isAuthFailure = isAuthFailure
  }

  /** Wraps a decoded REST or token-endpoint error. */
  static fromRestError(error: RestError): AuthError {
    return new AuthError(error.status, error.message)
  }

  /** Turns anything thrown into an AuthError; foreign errors count as transient (status 0). */
  static from(e: unknown): AuthError {
    if (e instanceof AuthError) return e
    return new AuthError(0, e instanceof Error && e.message ? e.message : 'token request failed')
  }
}
