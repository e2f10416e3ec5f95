import { decodeRestError, decodeTokenResponse, type FetchLike } from '../dt'
import { AuthError, isAuthFailureStatus } from './auth-error'
import { createCachedTokenSource, type CachingOptions } from './cached-token'
import { realTimers } from './timers'
import type { TokenSource } from './token-source'

/** Options for the default source: dt-live's own server holds the service account. */
export interface ServerTokenSourceOptions extends CachingOptions {
  /** Same-origin broker route; default `/auth/token`. */
  url?: string
  fetch?: FetchLike
}

const defaultFetch: FetchLike = (input, init) => globalThis.fetch(input, init)

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text().catch(() => '')
  try {
    return text ? JSON.parse(text) : null
  } catch {
    return text
  }
}

/** The broker answers 502 for every identity-service failure and names the upstream status there. */
function upstreamStatus(body: unknown): number {
  if (typeof body !== 'object' || body === null || !('error' in body)) return 0
  const error: unknown = body.error
  if (typeof error !== 'object' || error === null || !('upstreamStatus' in error)) return 0
  return typeof error.upstreamStatus === 'number' ? error.upstreamStatus : 0
}

/**
 * Asks dt-live's server for access tokens, so the service-account secret never reaches the
 * browser. A forced refresh POSTs the rejected token in the body, never in the URL.
 */
export function createServerTokenSource({ url = '/auth/token', fetch = defaultFetch, ...caching }: ServerTokenSourceOptions = {}): TokenSource {
  const timers = caching.timers ?? realTimers
  return createCachedTokenSource({
    ...caching,
    mode: 'server',
    async fetchToken({ stale, signal }) {
      const startedAt = timers.now()
      const request: RequestInit =
        stale === undefined
          ? { method: 'GET', headers: { Accept: 'application/json' } }
          : { method: 'POST', headers: { Accept: 'application/json', 'Content-Type': 'application/json' }, body: JSON.stringify({ stale }) }
      let response: Response
      try {
        response = await fetch(url, { ...request, credentials: 'same-origin', cache: 'no-store', signal })
      } catch (e) {
        throw new AuthError(0, `cannot reach the token broker at ${url}: ${e instanceof Error ? e.message : 'network error'}`)
      }
      const body = await readBody(response)
      if (!response.ok) {
        const { message } = decodeRestError(response.status, body)
        const authFailure = isAuthFailureStatus(response.status) || isAuthFailureStatus(upstreamStatus(body))
        throw new AuthError(response.status, `token broker at ${url}: ${message}`, authFailure)
      }
      const decoded = decodeTokenResponse(body)
      if (!decoded.ok || !decoded.value.accessToken) {
        // Typically a static host answering index.html for every path: there is no broker here.
        throw new AuthError(response.status, `no token broker at ${url} (unexpected answer); use the in-browser service account on static hosting`, false)
      }
      // Counted from the request start: the token cannot have been issued earlier.
      return { accessToken: decoded.value.accessToken, expiresAt: startedAt + decoded.value.expiresIn * 1000 }
    },
  })
}
