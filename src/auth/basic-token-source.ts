import { AuthError } from './auth-error'
import type { TokenSource, TokenState } from './token-source'

/** `Basic base64(keyId:secret)` over UTF-8 bytes (RFC 7617), so non-ASCII secrets survive btoa. */
export function encodeBasicAuthorization(keyId: string, secret: string): string {
  let binary = ''
  for (const byte of new TextEncoder().encode(`${keyId}:${secret}`)) binary += String.fromCharCode(byte)
  return `Basic ${btoa(binary)}`
}

function problem(keyId: string, secret: string): string | undefined {
  if (!keyId || !secret) return 'Basic Auth needs a key ID and a secret'
  // The first colon ends the user name (RFC 7617), so the server would split such a key ID wrongly.
  if (keyId.includes(':')) return 'Key ID must not contain ":"'
  return undefined
}

/**
 * Basic Auth with the service-account key, as in DT's own examples; for local experiments. The
 * header never expires, so `fresh` returns the same value and a 401 is final.
 */
export function createBasicTokenSource({ keyId, secret }: { keyId: string; secret: string }): TokenSource {
  const message = problem(keyId, secret)
  const header = message ? '' : encodeBasicAuthorization(keyId, secret)
  const state: TokenState = Object.freeze(
    message ? { status: 'error', mode: 'basic', error: Object.freeze({ status: 0, message, isAuthFailure: true }) } : { status: 'ready', mode: 'basic' },
  )
  let disposed = false
  return {
    mode: 'basic',
    async getAuthorization() {
      if (disposed) throw new AuthError(0, 'token source was disposed')
      if (message) throw new AuthError(0, message, true)
      return header
    },
    invalidate() {},
    getState: () => state,
    subscribe: () => () => {},
    dispose() {
      disposed = true
    },
  }
}
