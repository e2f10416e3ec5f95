import { decodeJwt, decodeProtectedHeader, jwtVerify } from 'jose'
import { describe, expect, it } from 'vitest'
import { createAssertion, exchangeAssertion, JWT_BEARER_GRANT_TYPE, type FetchLike } from './oauth'

const input = {
  keyId: 'c0pppd1qdqebrvv1iqp0',
  secret: 's3cret-ÆØÅ',
  email: 'sa1@proj1.serviceaccount.d21s.com',
  tokenUrl: 'https://identity.disruptive-technologies.com/oauth2/token',
  nowMs: 1_741_684_547_902,
}
const key = new TextEncoder().encode(input.secret)

interface Seen {
  url: string
  init: RequestInit | undefined
}

function fakeFetch(answer: () => Response | Promise<Response>): { fetch: FetchLike; seen: Seen[] } {
  const seen: Seen[] = []
  return {
    seen,
    fetch: async (url, init) => {
      seen.push({ url, init })
      return answer()
    },
  }
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } })

describe('createAssertion', () => {
  it('signs an HS256 JWT with kid and typ that verifies with the secret', async () => {
    const jwt = await createAssertion(input)
    expect(decodeProtectedHeader(jwt)).toEqual({ alg: 'HS256', kid: input.keyId, typ: 'JWT' })
    const { payload } = await jwtVerify(jwt, key, { algorithms: ['HS256'], audience: input.tokenUrl, issuer: input.email, currentDate: new Date(input.nowMs) })
    expect(payload.iss).toBe(input.email)
    expect(payload.aud).toBe(input.tokenUrl)
  })

  it('uses integer seconds, backdates iat by 5 s and keeps exp within one hour', async () => {
    const claims = decodeJwt(await createAssertion(input))
    expect(claims.iat).toBe(Math.floor(input.nowMs / 1000) - 5)
    expect(Number.isInteger(claims.iat)).toBe(true)
    expect(Number.isInteger(claims.exp)).toBe(true)
    expect((claims.exp ?? 0) - (claims.iat ?? 0)).toBe(3600)
  })

  it('does not verify with another secret', async () => {
    const jwt = await createAssertion(input)
    await expect(jwtVerify(jwt, new TextEncoder().encode('other'), { currentDate: new Date(input.nowMs) })).rejects.toThrow()
  })
})

describe('exchangeAssertion', () => {
  it('POSTs grant_type and assertion as a form body, nothing in the URL', async () => {
    const { fetch, seen } = fakeFetch(() => json(200, { access_token: 'tok', token_type: 'bearer', expires_in: 3600 }))
    const r = await exchangeAssertion(input.tokenUrl, 'a.b.c', fetch)
    expect(r).toEqual({ ok: true, value: { accessToken: 'tok', tokenType: 'bearer', expiresIn: 3600 } })
    const call = seen[0]
    expect(call?.url).toBe(input.tokenUrl)
    expect(call?.init?.method).toBe('POST')
    expect(new Headers(call?.init?.headers).get('content-type')).toBe('application/x-www-form-urlencoded')
    expect(call?.init?.body).toBe('grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Ajwt-bearer&assertion=a.b.c')
    const form = new URLSearchParams(String(call?.init?.body))
    expect(form.get('grant_type')).toBe(JWT_BEARER_GRANT_TYPE)
  })

  it('maps an OAuth2 400 to an error with the server message', async () => {
    const { fetch } = fakeFetch(() => json(400, { error: 'invalid_grant', error_description: 'bad signature' }))
    expect(await exchangeAssertion(input.tokenUrl, 'a.b.c', fetch)).toEqual({
      ok: false,
      error: { status: 400, message: 'invalid_grant: bad signature' },
    })
  })

  it('treats any non-200 as a failure, even a 2xx with a token', async () => {
    const { fetch } = fakeFetch(() => json(201, { access_token: 'tok', expires_in: 3600 }))
    const r = await exchangeAssertion(input.tokenUrl, 'a.b.c', fetch)
    expect(r.ok).toBe(false)
  })

  it('reads plain-text gateway errors', async () => {
    const { fetch } = fakeFetch(() => new Response('Bad Gateway', { status: 502 }))
    expect(await exchangeAssertion(input.tokenUrl, 'a.b.c', fetch)).toEqual({ ok: false, error: { status: 502, message: 'Bad Gateway' } })
  })

  it('never repeats the assertion in an error message', async () => {
    const { fetch } = fakeFetch(() => json(400, { error: 'invalid_grant', error_description: 'rejected hdr.payload.sig0123' }))
    const r = await exchangeAssertion(input.tokenUrl, 'hdr.payload.sig0123', fetch)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error.message).toBe('invalid_grant: rejected [assertion]')
  })

  it('gives status 0 on a network error, with the cause code', async () => {
    const fetch: FetchLike = async () => {
      throw new TypeError('fetch failed', { cause: Object.assign(new Error('connect'), { code: 'ECONNREFUSED' }) })
    }
    expect(await exchangeAssertion(input.tokenUrl, 'a.b.c', fetch)).toEqual({ ok: false, error: { status: 0, message: 'fetch failed (ECONNREFUSED)' } })
  })

  it('rejects a 200 without a usable token', async () => {
    const { fetch } = fakeFetch(() => json(200, { token_type: 'bearer' }))
    const r = await exchangeAssertion(input.tokenUrl, 'a.b.c', fetch)
    expect(r).toMatchObject({ ok: false, error: { status: 200 } })
    const empty = await exchangeAssertion(input.tokenUrl, 'a.b.c', fakeFetch(() => json(200, { access_token: '' })).fetch)
    expect(empty).toMatchObject({ ok: false, error: { status: 200, message: 'token response has an empty access_token' } })
  })
})
