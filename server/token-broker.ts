import { createHash, timingSafeEqual } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { createAssertion, exchangeAssertion, type FetchLike } from '../src/dt/oauth'
import type { RestError } from '../src/dt/resources'
import type { Result } from '../src/dt/result'

/** Service account and settings for the token broker. */
export interface TokenBrokerOptions {
  /** DT's identity service or the emulator's token route; a function when it is known only after listening. */
  tokenUrl: string | (() => string)
  keyId: string
  secret: string
  email: string
  fetch?: FetchLike
  now?: () => number
  /** Replace the token this long before it expires; default 60 s. */
  refreshMarginMs?: number
  /** At most one client-requested forced refresh per interval; default 5 s. */
  minForcedIntervalMs?: number
  /** After a failure, answer with it for this long instead of asking the identity service again; default 5 s. */
  failureCooldownMs?: number
  /** Abort a hung identity request after this long; default 15 s. */
  requestTimeoutMs?: number
  /** Route served by `handle`; default `/auth/token`. */
  path?: string
  /** Receives one line per identity-service failure (never the secret, assertion or a token). */
  log?: (line: string) => void
}

/** An access token held by the broker; `expiresAt` in epoch ms. */
export interface BrokerToken {
  accessToken: string
  expiresAt: number
}

const AUTH_HELP = 'https://developer.d21s.com/docs/authentication/oauth2#common-errors'
const MAX_BODY_BYTES = 16_384

const digest = (s: string) => createHash('sha256').update(s).digest()
// The stale token comes from the client; compare in constant time so timing reveals nothing of ours.
const sameToken = (a: string, b: string) => timingSafeEqual(digest(a), digest(b))

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...headers,
  })
  res.end(JSON.stringify(body))
}

const sendError = (res: ServerResponse, status: number, message: string, extra: Record<string, unknown> = {}, headers?: Record<string, string>) =>
  send(res, status, { error: { code: status, message, ...extra } }, headers)

async function readBody(req: IncomingMessage): Promise<string | undefined> {
  let size = 0
  const chunks: Buffer[] = []
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > MAX_BODY_BYTES) return undefined
    chunks.push(chunk)
  }
  return Buffer.concat(chunks).toString('utf8')
}

/**
 * Keeps the service-account secret on the server and hands the browser short-lived access tokens:
 * signs the JWT, exchanges it, caches the token, refreshes it before expiry, single-flight.
 */
export function createTokenBroker(options: TokenBrokerOptions) {
  const { keyId, secret, email, log } = options
  const tokenUrl = () => (typeof options.tokenUrl === 'function' ? options.tokenUrl() : options.tokenUrl)
  const fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init))
  const now = options.now ?? Date.now
  const marginMs = options.refreshMarginMs ?? 60_000
  const minForcedMs = options.minForcedIntervalMs ?? 5_000
  const cooldownMs = options.failureCooldownMs ?? 5_000
  const timeoutMs = options.requestTimeoutMs ?? 15_000
  const path = options.path ?? '/auth/token'
  const configured = Boolean(options.tokenUrl && keyId && secret && email)

  let cached: (BrokerToken & { refreshAt: number }) | undefined
  let inflight: Promise<Result<BrokerToken, RestError>> | undefined
  let lastFailure: { error: RestError; at: number } | undefined
  let lastForcedAt = -Infinity

  const scrub = (text: string) => (secret ? text.split(secret).join('[secret]') : text)

  async function fetchToken(): Promise<Result<BrokerToken, RestError>> {
    const startedAt = now()
    const url = tokenUrl()
    let assertion: string
    try {
      assertion = await createAssertion({ keyId, secret, email, tokenUrl: url, nowMs: startedAt })
    } catch (e) {
      return { ok: false, error: { status: 0, message: `cannot sign the service-account JWT: ${e instanceof Error ? e.message : 'unknown error'}` } }
    }
    const r = await exchangeAssertion(url, assertion, fetch, AbortSignal.timeout(timeoutMs))
    if (!r.ok) return { ok: false, error: { ...r.error, message: scrub(r.error.message) } }
    return { ok: true, value: { accessToken: r.value.accessToken, expiresAt: startedAt + r.value.expiresIn * 1000 } }
  }

  function remember(r: Result<BrokerToken, RestError>): Result<BrokerToken, RestError> {
    const at = now()
    if (r.ok) {
      const lifetime = r.value.expiresAt - at
      // Short-lived tokens are replaced halfway through; the floor stops a tight loop on expired ones.
      cached = { ...r.value, refreshAt: Math.max(r.value.expiresAt - Math.min(marginMs, lifetime / 2), at + minForcedMs) }
      lastFailure = undefined
      return r
    }
    lastFailure = { error: r.error, at }
    log?.(`token broker: identity service at ${tokenUrl()} answered ${r.error.status || 'nothing'}: ${r.error.message}`)
    return fallback(r.error)
  }

  /** A token that is due for refresh but not yet expired still beats an error. */
  function fallback(error: RestError): Result<BrokerToken, RestError> {
    if (cached && now() < cached.expiresAt) return { ok: true, value: { accessToken: cached.accessToken, expiresAt: cached.expiresAt } }
    cached = undefined
    return { ok: false, error }
  }

  /** A valid access token: cached, shared with a request in flight, or newly fetched. */
  function getToken(): Promise<Result<BrokerToken, RestError>> {
    const at = now()
    if (cached && at < cached.refreshAt) return Promise.resolve({ ok: true, value: { accessToken: cached.accessToken, expiresAt: cached.expiresAt } })
    if (inflight) return inflight
    if (lastFailure && at - lastFailure.at < cooldownMs) return Promise.resolve(fallback(lastFailure.error))
    if (!configured) return Promise.resolve({ ok: false, error: { status: 0, message: 'token broker has no service account (key ID, secret, email and token URL are required)' } })
    inflight = fetchToken()
      .then(remember)
      .finally(() => {
        inflight = undefined
      })
    return inflight
  }

  /**
   * Drops the cached token. With `staleToken`, only if that is still the current token and no forced
   * refresh happened in the last `minForcedIntervalMs`, so clients cannot storm the identity service.
   */
  function invalidate(staleToken?: string): boolean {
    if (staleToken === undefined) {
      cached = undefined
      lastFailure = undefined
      return true
    }
    if (!cached || !sameToken(cached.accessToken, staleToken) || now() - lastForcedAt < minForcedMs) return false
    lastForcedAt = now()
    cached = undefined
    return true
  }

  function describe(error: RestError): string {
    if (error.status === 0) return `identity service at ${tokenUrl()} unreachable: ${error.message}`
    const verb = error.status >= 400 && error.status < 500 ? 'rejected the service account' : 'failed'
    return `identity service at ${tokenUrl()} ${verb} (HTTP ${error.status}): ${error.message}`
  }

  async function sendToken(res: ServerResponse) {
    const r = await getToken()
    if (r.ok) {
      const expiresIn = Math.max(0, Math.floor((r.value.expiresAt - now()) / 1000))
      return send(res, 200, { access_token: r.value.accessToken, token_type: 'bearer', expires_in: expiresIn })
    }
    if (!configured) return sendError(res, 503, r.error.message)
    const help = r.error.status >= 400 && r.error.status < 500 ? { help: AUTH_HELP } : {}
    return sendError(res, 502, describe(r.error), { upstreamStatus: r.error.status, ...help })
  }

  async function respond(req: IncomingMessage, res: ServerResponse) {
    // The browser asks its own origin; another site must not collect tokens through a visitor's browser.
    const site = req.headers['sec-fetch-site']
    if (site !== undefined && site !== 'same-origin' && site !== 'none') return sendError(res, 403, 'token requests from other sites are refused')
    if (req.method === 'GET') return sendToken(res)
    if (req.method !== 'POST') return sendError(res, 405, `${req.method ?? 'this method'} is not allowed on ${path}`, {}, { Allow: 'GET, POST' })
    const text = await readBody(req)
    if (text === undefined) return sendError(res, 413, 'request body too large')
    let body: unknown
    try {
      body = text.trim() ? JSON.parse(text) : {}
    } catch {
      return sendError(res, 400, 'body must be JSON: {"stale": "<access token that was rejected>"}')
    }
    const stale = typeof body === 'object' && body !== null && 'stale' in body && typeof body.stale === 'string' ? body.stale : undefined
    if (stale) invalidate(stale)
    return sendToken(res)
  }

  return {
    getToken,
    invalidate,
    /** Serves GET and POST on `path`; returns false for any other path so the caller can pass it on. */
    handle(req: IncomingMessage, res: ServerResponse): boolean {
      if ((req.url ?? '').split('?')[0] !== path) return false
      respond(req, res).catch(() => {
        if (res.headersSent) res.destroy()
        else sendError(res, 500, 'token broker failed')
      })
      return true
    },
  }
}

/** The object `createTokenBroker` returns. */
export type TokenBroker = ReturnType<typeof createTokenBroker>
