import { createAssertion, exchangeAssertion, type FetchLike } from '../dt'
import { AuthError } from './auth-error'
import { createCachedTokenSource, type CachingOptions } from './cached-token'
import { realTimers } from './timers'
import type { TokenSource } from './token-source'

/** A DT service account used straight from the browser (static hosting, quick local use). */
export interface ServiceAccountTokenSourceOptions extends CachingOptions {
  keyId: string
  secret: string
  email: string
  /** Where the assertion is POSTed: DT's identity service, an emulator, or a same-origin proxy path. */
  tokenUrl: string
  /** The JWT `aud`: the real token endpoint URL. Set it when `tokenUrl` is a proxy; default `tokenUrl`. */
  audience?: string
  fetch?: FetchLike
}

/**
 * Signs the JWT in the browser (WebCrypto through jose) and exchanges it at `tokenUrl`. The secret
 * lives only in this closure: not in state, not in errors.
 */
export function createServiceAccountTokenSource({ keyId, secret, email, tokenUrl, audience = tokenUrl, fetch, ...caching }: ServiceAccountTokenSourceOptions): TokenSource {
  const timers = caching.timers ?? realTimers
  return createCachedTokenSource({
    ...caching,
    mode: 'service-account',
    async fetchToken({ signal }) {
      if (!keyId || !secret || !email || !tokenUrl) {
        throw new AuthError(0, 'the service account needs a key ID, secret, email and token URL', true)
      }
      const startedAt = timers.now()
      let assertion: string
      try {
        assertion = await createAssertion({ keyId, secret, email, tokenUrl: audience, nowMs: startedAt })
      } catch (e) {
        // jose's messages name the problem (e.g. "Zero-length key"), never the key itself.
        throw new AuthError(0, `cannot sign the service-account JWT: ${e instanceof Error ? e.message : 'unknown error'}`, true)
      }
      const r = await exchangeAssertion(tokenUrl, assertion, fetch, signal)
      if (!r.ok) {
        // In a browser, a CORS refusal looks exactly like a network failure.
        const hint = r.error.status === 0 ? ' (network error or CORS refusal)' : ''
        throw new AuthError(r.error.status, `token endpoint ${tokenUrl}: ${r.error.message}${hint}`)
      }
      return { accessToken: r.value.accessToken, expiresAt: startedAt + r.value.expiresIn * 1000 }
    },
  })
}
