import { describe, expect, it } from 'vitest'
import type { FetchLike } from '../dt'
import { createServerTokenSource } from './server-token-source'
import { createFakeTimers } from './testing/fake-timers'

interface Call {
  url: string
  init: RequestInit | undefined
}

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } })
const rejection = (promise: Promise<unknown>): Promise<unknown> => promise.then(() => 'resolved', (e: unknown) => e)

function setup(answers: Array<() => Response>) {
  const calls: Call[] = []
  const fetch: FetchLike = async (url, init) => {
    calls.push({ url, init })
    const answer = answers.shift()
    if (!answer) throw new TypeError('Failed to fetch')
    return answer()
  }
  const timers = createFakeTimers()
  return { calls, timers, source: createServerTokenSource({ fetch, timers }) }
}

describe('createServerTokenSource', () => {
  it('GETs /auth/token from its own origin, uncached, and uses expires_in', async () => {
    const { calls, timers, source } = setup([() => json(200, { access_token: 'tok1', token_type: 'bearer', expires_in: 1800 })])
    expect(await source.getAuthorization()).toBe('Bearer tok1')
    expect(calls).toHaveLength(1)
    expect(calls[0]?.url).toBe('/auth/token')
    expect(calls[0]?.init).toMatchObject({ method: 'GET', credentials: 'same-origin', cache: 'no-store' })
    expect(source.getState()).toEqual({ status: 'ready', mode: 'server', expiresAt: timers.now() + 1_800_000 })
  })

  it('POSTs the rejected token in a JSON body, never in the URL, for a forced refresh', async () => {
    const { calls, source } = setup([
      () => json(200, { access_token: 'tok1', token_type: 'bearer', expires_in: 3600 }),
      () => json(200, { access_token: 'tok2', token_type: 'bearer', expires_in: 3600 }),
    ])
    await source.getAuthorization()
    expect(await source.getAuthorization({ fresh: true })).toBe('Bearer tok2')
    expect(calls[1]?.url).toBe('/auth/token')
    expect(calls[1]?.init?.method).toBe('POST')
    expect(new Headers(calls[1]?.init?.headers).get('content-type')).toBe('application/json')
    expect(JSON.parse(String(calls[1]?.init?.body))).toEqual({ stale: 'tok1' })
  })

  it('reads a rejected service account behind the broker 502 as an auth failure, with its message', async () => {
    const { source } = setup([() => json(502, { error: { code: 502, message: 'identity service rejected the service account (HTTP 400): invalid_grant', upstreamStatus: 400 } })])
    expect(await rejection(source.getAuthorization())).toMatchObject({
      name: 'AuthError',
      status: 502,
      isAuthFailure: true,
      message: 'token broker at /auth/token: identity service rejected the service account (HTTP 400): invalid_grant',
    })
    expect(source.getState().error).toMatchObject({ status: 502, isAuthFailure: true })
  })

  it('reads an unreachable identity service behind the broker as transient', async () => {
    const { source } = setup([() => json(502, { error: { code: 502, message: 'identity service unreachable', upstreamStatus: 0 } })])
    expect(await rejection(source.getAuthorization())).toMatchObject({ status: 502, isAuthFailure: false })
  })

  it('treats a 401 or 403 from the broker as an auth failure', async () => {
    const { source } = setup([() => json(403, { error: { code: 403, message: 'forbidden' } })])
    expect(await rejection(source.getAuthorization())).toMatchObject({ status: 403, isAuthFailure: true, message: 'token broker at /auth/token: forbidden' })
  })

  it('gives status 0 when the broker cannot be reached', async () => {
    const { source } = setup([])
    expect(await rejection(source.getAuthorization())).toMatchObject({ status: 0, isAuthFailure: false, message: 'cannot reach the token broker at /auth/token: Failed to fetch' })
  })

  it('explains a static host that answers index.html instead of a token', async () => {
    const { source } = setup([() => new Response('<!doctype html><html></html>', { status: 200, headers: { 'Content-Type': 'text/html' } })])
    const error = await rejection(source.getAuthorization())
    expect(error).toMatchObject({ isAuthFailure: false })
    expect(String((error as Error).message)).toContain('use the in-browser service account')
  })
})
