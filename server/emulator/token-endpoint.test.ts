import { SignJWT } from 'jose'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { JWT_BEARER, assertion, getJson, requestToken, start, type Running } from './test-support'

let r: Running
beforeAll(async () => {
  r = await start()
})
afterAll(() => r.close())

async function grant(a: Parameters<typeof assertion>[1]) {
  return requestToken(r, { grant_type: JWT_BEARER, assertion: await assertion(r, a) })
}

describe('POST /oauth2/token', () => {
  it('issues an opaque bearer token for a valid assertion', async () => {
    const res = await grant({})
    expect(res.status).toBe(200)
    expect(res.body.token_type).toBe('bearer')
    expect(res.body.expires_in).toBe(3600)
    expect(res.body.access_token).toMatch(/^[A-Za-z0-9_-]{40,}$/)
    expect(res.body.access_token).not.toContain('.')
  })

  it('issues a different token each time', async () => {
    const a = await grant({})
    const b = await grant({})
    expect(a.body.access_token).not.toBe(b.body.access_token)
  })

  it('accepts an aud with a trailing slash and iat backdated for skew', async () => {
    const iat = Math.floor(Date.now() / 1000) - 5
    expect((await grant({ claims: { aud: `${r.tokenUrl}/`, iat, exp: iat + 3600 } })).status).toBe(200)
  })

  const nowS = Math.floor(Date.now() / 1000)
  const rejects: Array<[string, Parameters<typeof assertion>[1], RegExp]> = [
    ['a bad signature', { secret: 'not-the-secret' }, /signature/],
    ['a wrong kid', { header: { kid: 'c0wrongkey0000000000' } }, /key id/],
    ['a missing kid', { header: { kid: undefined } }, /kid/],
    ['a wrong aud', { claims: { aud: 'https://example.com/token' } }, /aud/],
    ['a wrong iss', { claims: { iss: 'someone@else.serviceaccount.d21s.com' } }, /iss must be/],
    ['an expired assertion', { claims: { iat: nowS - 7200, exp: nowS - 3600 } }, /expired/],
    ['a lifetime over an hour', { claims: { iat: nowS, exp: nowS + 3601 } }, /at most 3600/],
    ['milliseconds instead of seconds', { claims: { iat: Date.now(), exp: Date.now() + 3600 } }, /seconds/],
    ['fractional seconds', { claims: { iat: Date.now() / 1000, exp: Date.now() / 1000 + 60 } }, /integer/],
    ['a missing exp', { claims: { exp: undefined } }, /exp/],
  ]
  for (const [what, a, message] of rejects) {
    it(`rejects ${what} with invalid_grant`, async () => {
      const res = await grant(a)
      expect(res.status).toBe(400)
      expect(res.body.error).toBe('invalid_grant')
      expect(res.body.error_description).toMatch(message)
    })
  }

  it('rejects an alg other than HS256', async () => {
    const iat = Math.floor(Date.now() / 1000)
    const hs512 = await new SignJWT({ iss: r.emu.credentials.email, aud: r.tokenUrl, iat, exp: iat + 60 })
      .setProtectedHeader({ alg: 'HS512', kid: r.emu.credentials.keyId })
      .sign(new TextEncoder().encode(r.emu.credentials.secret.padEnd(64, 'x')))
    const res = await requestToken(r, { grant_type: JWT_BEARER, assertion: hs512 })
    expect(res.body).toEqual({ error: 'invalid_grant', error_description: 'alg must be HS256, got HS512' })
  })

  it('rejects alg none', async () => {
    const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url')
    const iat = Math.floor(Date.now() / 1000)
    const jwt = `${b64({ alg: 'none', kid: r.emu.credentials.keyId })}.${b64({ iss: r.emu.credentials.email, aud: r.tokenUrl, iat, exp: iat + 60 })}.`
    const res = await requestToken(r, { grant_type: JWT_BEARER, assertion: jwt })
    expect(res.status).toBe(400)
    expect(res.body.error_description).toMatch(/HS256/)
  })

  it('rejects garbage as an assertion', async () => {
    const res = await requestToken(r, { grant_type: JWT_BEARER, assertion: 'not-a-jwt' })
    expect(res.status).toBe(400)
    expect(res.body.error).toBe('invalid_grant')
  })

  it('names a missing assertion or grant type', async () => {
    const noAssertion = await requestToken(r, { grant_type: JWT_BEARER })
    expect(noAssertion.body).toEqual({ error: 'invalid_request', error_description: 'assertion is missing' })
    const noGrant = await requestToken(r, { assertion: await assertion(r) })
    expect(noGrant.body).toEqual({ error: 'invalid_request', error_description: 'grant_type is missing' })
    const wrongGrant = await requestToken(r, { grant_type: 'client_credentials', assertion: await assertion(r) })
    expect(wrongGrant.status).toBe(400)
    expect(wrongGrant.body.error).toBe('unsupported_grant_type')
  })

  it('points out query parameters, which DT does not support', async () => {
    const res = await getJson(`${r.tokenUrl}?grant_type=${encodeURIComponent(JWT_BEARER)}&assertion=x`, undefined, { method: 'POST' })
    expect(res.status).toBe(400)
    expect(res.body.error_description).toMatch(/form body/)
  })

  it('answers 405 to GET', async () => {
    const res = await getJson(r.tokenUrl, undefined)
    expect(res.status).toBe(405)
    expect(res.headers.get('allow')).toContain('POST')
  })

  it('uses the configured token lifetime', async () => {
    const short = await start({ tokenLifetimeS: 120 })
    try {
      const res = await requestToken(short, { grant_type: JWT_BEARER, assertion: await assertion(short) })
      expect(res.body.expires_in).toBe(120)
    } finally {
      await short.close()
    }
  })
})
