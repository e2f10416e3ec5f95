import type { IncomingMessage } from 'node:http'
import type { ServiceAccount } from './options'
import type { TokenStore } from './tokens'

export type AuthResult = { ok: true; via: 'basic' | 'bearer' | 'query' } | { ok: false; message: string }

export interface AuthConfig {
  account: ServiceAccount
  tokens: TokenStore
  /** Only the stream takes `?token=`, and only when allowed (README §10 point 1). */
  allowQueryToken: boolean
}

function basicOk(encoded: string, account: ServiceAccount): boolean {
  const decoded = Buffer.from(encoded, 'base64').toString('utf8')
  const i = decoded.indexOf(':')
  return i > 0 && decoded.slice(0, i) === account.keyId && decoded.slice(i + 1) === account.secret
}

/** Basic (`keyId:secret`) or Bearer (an access token this emulator issued), as DT takes them. */
export function authenticate(req: IncomingMessage, url: URL, cfg: AuthConfig): AuthResult {
  const header = req.headers.authorization
  if (header !== undefined) {
    const m = /^(\w+)\s+(\S+)\s*$/.exec(header)
    if (!m || !m[1] || !m[2]) return { ok: false, message: 'malformed Authorization header' }
    const scheme = m[1].toLowerCase()
    if (scheme === 'basic') {
      return basicOk(m[2], cfg.account) ? { ok: true, via: 'basic' } : { ok: false, message: 'invalid key id or secret' }
    }
    if (scheme === 'bearer') {
      return cfg.tokens.isValid(m[2]) ? { ok: true, via: 'bearer' } : { ok: false, message: 'access token unknown or expired' }
    }
    return { ok: false, message: `unsupported authorization scheme "${m[1]}"` }
  }
  const queryToken = url.searchParams.get('token')
  if (cfg.allowQueryToken && queryToken) {
    return cfg.tokens.isValid(queryToken) ? { ok: true, via: 'query' } : { ok: false, message: 'access token unknown or expired' }
  }
  return { ok: false, message: 'missing Authorization header (Basic or Bearer)' }
}
