import { decodeProtectedHeader, errors, jwtVerify, type JWTPayload } from 'jose'
import type { ServiceAccount } from './options'

/** Room for clocks that disagree a little; the Terraform provider backdates `iat` by 5 s. */
const CLOCK_SKEW_S = 30
const MAX_LIFETIME_S = 3600

export type AssertionResult = { ok: true } | { ok: false; error: 'invalid_grant'; description: string }

const fail = (description: string): AssertionResult => ({ ok: false, error: 'invalid_grant', description })

function audienceOk(aud: JWTPayload['aud']): boolean {
  const list = typeof aud === 'string' ? [aud] : Array.isArray(aud) ? aud : []
  return list.some((a) => a.replace(/\/+$/, '').endsWith('/oauth2/token'))
}

function describeJoseError(e: unknown, account: ServiceAccount): string {
  if (e instanceof errors.JWSSignatureVerificationFailed) return 'signature verification failed: sign with HS256 keyed by the service account secret'
  if (e instanceof errors.JWTExpired) return 'assertion expired: exp is in the past'
  if (e instanceof errors.JWTClaimValidationFailed) {
    if (e.claim === 'iss') return `iss must be the service account email ${account.email}`
    if (e.reason === 'missing') return `assertion is missing the "${e.claim}" claim`
    return `claim "${e.claim}" is invalid: ${e.message}`
  }
  if (e instanceof errors.JWTInvalid || e instanceof errors.JWSInvalid) return `malformed assertion: ${e.message}`
  return `assertion rejected: ${e instanceof Error ? e.message : String(e)}`
}

/**
 * Checks a JWT-bearer assertion as DT's identity server does (README §2.2): HS256 only, `kid` the
 * key id, `iss` the account email, `aud` the token endpoint, integer seconds, at most an hour.
 */
export async function verifyAssertion(jwt: string, account: ServiceAccount, nowMs: number): Promise<AssertionResult> {
  let header: ReturnType<typeof decodeProtectedHeader>
  try {
    header = decodeProtectedHeader(jwt)
  } catch {
    return fail('assertion is not a JWT (expected three base64url segments with a JSON header)')
  }
  if (header.alg !== 'HS256') return fail(`alg must be HS256, got ${String(header.alg)}`)
  if (header.kid === undefined) return fail('the JWT header needs kid = the service account key id')
  if (header.kid !== account.keyId) return fail(`unknown key id (kid) "${header.kid}"`)

  let claims: JWTPayload
  try {
    const result = await jwtVerify(jwt, new TextEncoder().encode(account.secret), {
      algorithms: ['HS256'],
      issuer: account.email,
      requiredClaims: ['iss', 'aud', 'iat', 'exp'],
      clockTolerance: CLOCK_SKEW_S,
      currentDate: new Date(nowMs),
    })
    claims = result.payload
  } catch (e) {
    return fail(describeJoseError(e, account))
  }

  if (!audienceOk(claims.aud)) return fail('aud must be the token endpoint URL, ending in /oauth2/token')
  const { iat, exp } = claims
  if (!Number.isInteger(iat) || !Number.isInteger(exp)) return fail('iat and exp must be integer Unix seconds')
  if (iat === undefined || exp === undefined) return fail('assertion needs iat and exp')
  const nowS = nowMs / 1000
  if (iat > nowS + CLOCK_SKEW_S) {
    return fail(iat > nowS * 100 ? 'iat and exp must be Unix seconds, not milliseconds' : 'iat is in the future')
  }
  if (exp <= iat) return fail('exp must be after iat')
  if (exp - iat > MAX_LIFETIME_S) return fail(`exp may be at most ${MAX_LIFETIME_S} s after iat, got ${exp - iat} s`)
  return { ok: true }
}
