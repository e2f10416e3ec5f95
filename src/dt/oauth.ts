import { decodeRestError, decodeTokenResponse } from './decode-resources'
import type { RestError, TokenResponse } from './resources'
import type { Result } from './result'

/** The subset of `fetch` the token exchange needs, so tests and Node can pass their own. */
export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>

/** RFC 7523 grant type for exchanging a signed JWT for an access token. */
export const JWT_BEARER_GRANT_TYPE = 'urn:ietf:params:oauth:grant-type:jwt-bearer'

/** DT rejects assertions whose `exp` is more than one hour after `iat` (README §2.2). */
export const MAX_ASSERTION_LIFETIME_S = 3600

/** Backdates `iat` like DT's Terraform provider, so a client clock slightly ahead is accepted. */
export const CLOCK_SKEW_S = 5

/** Everything needed to sign one JWT-bearer assertion for a DT service account. */
export interface AssertionInput {
  keyId: string
  secret: string
  /** Service-account email, `<sa>@<project>.serviceaccount.d21s.com`; becomes `iss`. */
  email: string
  /** The token endpoint the assertion is meant for; becomes `aud`. */
  tokenUrl: string
  /** Epoch milliseconds; injected so callers control the clock. */
  nowMs: number
}

/** Signs the HS256 JWT that DT's token endpoint exchanges for an access token (WebCrypto, browser and Node). */
export async function createAssertion({ keyId, secret, email, tokenUrl, nowMs }: AssertionInput): Promise<string> {
  // DT wants integer seconds; Date.now() is milliseconds (README §2.2, point 3).
  const iat = Math.floor(nowMs / 1000) - CLOCK_SKEW_S
  // Loaded on first use: only the in-browser service-account mode signs, and jose need not be in
  // the first download of everyone else.
  const { SignJWT } = await import('jose')
  return new SignJWT({})
    .setProtectedHeader({ alg: 'HS256', kid: keyId, typ: 'JWT' })
    .setIssuer(email)
    .setAudience(tokenUrl)
    .setIssuedAt(iat)
    .setExpirationTime(iat + MAX_ASSERTION_LIFETIME_S)
    // Copied into this realm's Uint8Array: under jsdom, TextEncoder returns another realm's array
    // and jose's instanceof check rejects it ("Received an instance of Uint8Array").
    .sign(new Uint8Array(new TextEncoder().encode(secret)))
}

const defaultFetch: FetchLike = (input, init) => globalThis.fetch(input, init)

/** Keeps an identity server that echoes the request from leaking the assertion into messages and logs. */
function redact(error: RestError, assertion: string): RestError {
  const signature = assertion.slice(assertion.lastIndexOf('.') + 1)
  const clean = (s: string) => s.split(assertion).join('[assertion]').split(signature).join('[signature]')
  return { ...error, message: clean(error.message), ...(error.help ? { help: clean(error.help) } : {}) }
}

function networkMessage(e: unknown): string {
  if (!(e instanceof Error)) return 'network error'
  // Node's fetch says only "fetch failed"; the useful part (ECONNREFUSED, ENOTFOUND) is in the cause.
  const cause: unknown = e.cause
  const code = cause && typeof cause === 'object' && 'code' in cause && typeof cause.code === 'string' ? cause.code : ''
  return code ? `${e.message} (${code})` : e.message || 'network error'
}

/**
 * Exchanges a signed assertion for an access token. Any non-200 answer is an authentication
 * failure carrying the server's message; a network failure has status 0. Never throws.
 */
export async function exchangeAssertion(
  tokenUrl: string,
  assertion: string,
  fetch: FetchLike = defaultFetch,
  signal?: AbortSignal,
): Promise<Result<TokenResponse, RestError>> {
  // Both values go in the form body: DT does not accept them as query parameters (README §2.2, point 5).
  const body = new URLSearchParams({ grant_type: JWT_BEARER_GRANT_TYPE, assertion }).toString()
  let response: Response
  try {
    response = await fetch(tokenUrl, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
      body,
      ...(signal ? { signal } : {}),
    })
  } catch (e) {
    return { ok: false, error: { status: 0, message: signal?.aborted ? 'token request aborted' : networkMessage(e) } }
  }
  const text = await response.text().catch(() => '')
  let parsed: unknown = text
  try {
    parsed = text ? JSON.parse(text) : null
  } catch {
    // keep the text: gateways in front of the identity service answer in HTML or plain text
  }
  if (response.status !== 200) return { ok: false, error: redact(decodeRestError(response.status, parsed), assertion) }
  const decoded = decodeTokenResponse(parsed)
  if (!decoded.ok) return { ok: false, error: { status: 200, message: `unexpected token response: ${decoded.error}` } }
  if (!decoded.value.accessToken) return { ok: false, error: { status: 200, message: 'token response has an empty access_token' } }
  return decoded
}
