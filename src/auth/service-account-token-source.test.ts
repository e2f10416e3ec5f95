import { jwtVerify } from 'jose'
import { describe, expect, it } from 'vitest'
import type { FetchLike } from '../dt'
import { createServiceAccountTokenSource } from './service-account-token-source'
import { createFakeTimers } from './testing/fake-timers'

const account = {
  keyId: 'c0pppd1qdqebrvv1iqp0',
  secret: 'very-secret-value',
  email: 'sa1@proj1.serviceaccount.d21s.com',
  tokenUrl: 'https://identity.example.test/oauth2/token',
}
const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } })
const rejection = (promise: Promise<unknown>): Promise<unknown> => promise.then(() => 'resolved', (e: unknown) => e)

/** A token endpoint that checks the assertion like DT's identity service would. */
function identityService(respond?: () => Response, audience?: string) {
  const bodies: string[] = []
  const fetch: FetchLike = async (url, init) => {
    bodies.push(String(init?.body))
    if (respond) return respond()
    const assertion = new URLSearchParams(String(init?.body)).get('assertion') ?? ''
    try {
      await jwtVerify(assertion, new TextEncoder().encode(account.secret), { audience: audience ?? url, issuer: account.email, currentDate: new Date(timers.now()) })
    } catch {
      return json(400, { error: 'invalid_grant', error_description: 'bad assertion' })
    }
    return json(200, { access_token: `tok${bodies.length}`, token_type: 'bearer', expires_in: 3600 })
  }
  const timers = createFakeTimers()
  return { fetch, bodies, timers }
}

describe('createServiceAccountTokenSource', () => {
  it('signs an assertion the identity service accepts and caches the token', async () => {
    const { fetch, bodies, timers } = identityService()
    const source = createServiceAccountTokenSource({ ...account, fetch, timers })
    expect(await source.getAuthorization()).toBe('Bearer tok1')
    expect(await source.getAuthorization()).toBe('Bearer tok1')
    expect(bodies).toHaveLength(1)
    expect(source.getState()).toEqual({ status: 'ready', mode: 'service-account', expiresAt: timers.now() + 3_600_000 })
  })

  it('signs for the real endpoint while posting through a same-origin proxy', async () => {
    const { fetch, timers } = identityService(undefined, account.tokenUrl)
    const source = createServiceAccountTokenSource({ ...account, tokenUrl: '/api/oauth2/token', audience: account.tokenUrl, fetch, timers })
    expect(await source.getAuthorization()).toBe('Bearer tok1')
  })

  it('reports a rejected assertion as an auth failure with the server message, never the secret', async () => {
    const { fetch, timers } = identityService(() => json(400, { error: 'invalid_grant', error_description: 'unknown key' }))
    const source = createServiceAccountTokenSource({ ...account, fetch, timers })
    const error = await rejection(source.getAuthorization())
    expect(error).toMatchObject({ status: 400, isAuthFailure: true, message: `token endpoint ${account.tokenUrl}: invalid_grant: unknown key` })
    expect(JSON.stringify(source.getState())).not.toContain(account.secret)
    expect(String(error)).not.toContain(account.secret)
  })

  it('hints at CORS when the endpoint cannot be reached', async () => {
    const timers = createFakeTimers()
    const fetch: FetchLike = async () => {
      throw new TypeError('Failed to fetch')
    }
    const source = createServiceAccountTokenSource({ ...account, fetch, timers })
    expect(await rejection(source.getAuthorization())).toMatchObject({ status: 0, isAuthFailure: false, message: `token endpoint ${account.tokenUrl}: Failed to fetch (network error or CORS refusal)` })
  })

  it('fails as wrong credentials, without a request, when a field is missing', async () => {
    const { fetch, bodies, timers } = identityService()
    const source = createServiceAccountTokenSource({ ...account, secret: '', fetch, timers })
    expect(await rejection(source.getAuthorization())).toMatchObject({ isAuthFailure: true })
    expect(bodies).toHaveLength(0)
  })
})
