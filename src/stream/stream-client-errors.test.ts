// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { StreamAuthError } from './classify'
import { jsonResponse, sseData } from './testing/fake-sse'
import { setupClient, type ClientHarness } from './testing/harness'
import { resultLine } from './testing/wire'

const delayOf = (t: ClientHarness) => (t.client.getStatus().nextRetryAt ?? Number.NaN) - t.clock.now()

describe('stream client: error classes', () => {
  it('opens with a per-attempt Authorization header and goes live', async () => {
    const t = setupClient()
    t.client.start()
    await t.clock.advance(0)
    expect(t.server.requests).toHaveLength(1)
    expect(t.server.last().headers.get('authorization')).toBe('Bearer t1')
    expect(t.server.last().headers.get('accept')).toBe('text/event-stream')
    expect(t.states()).toEqual(['connecting', 'live'])
  })

  it('retries a 200 of the wrong content type with backoff', async () => {
    const t = setupClient()
    t.server.reply(() => new Response('<!doctype html>', { status: 200, headers: { 'content-type': 'text/html' } }))
    t.client.start()
    await t.clock.advance(0)
    expect(t.client.getStatus()).toMatchObject({ state: 'reconnecting', attempt: 1, lastError: { kind: 'content-type', status: 200 } })
    expect(delayOf(t)).toBe(500)
    await t.clock.advance(500)
    expect(t.server.requests).toHaveLength(2)
    expect(t.client.getStatus().state).toBe('live')
  })

  it('refreshes the token once after a 401 and goes live', async () => {
    const t = setupClient()
    t.server.reply(() => jsonResponse(401, { error: { code: 401, message: 'token expired' } }))
    t.client.start()
    await t.clock.advance(0)
    expect(t.server.requests).toHaveLength(2)
    expect(t.authCalls).toEqual([false, true])
    expect(t.staleValues).toEqual([undefined, 'Bearer t1'])
    expect(t.server.last().headers.get('authorization')).toBe('Bearer t2')
    expect(t.client.getStatus().state).toBe('live')
  })

  it('stops with auth-error after a second 401: exactly two requests, server message shown', async () => {
    const t = setupClient()
    const denied = () => jsonResponse(401, { error: 'unauthorized', code: 401 })
    t.server.reply(denied, denied, denied)
    t.client.start()
    await t.clock.advance(120_000)
    expect(t.server.requests).toHaveLength(2)
    expect(t.client.getStatus()).toMatchObject({ state: 'auth-error', lastError: { kind: 'http', status: 401, message: 'unauthorized' } })
    expect(t.clock.pending()).toBe(0)
  })

  it.each([400, 403, 404])('stops with config-error on %i: exactly one request', async (status) => {
    const t = setupClient()
    t.server.reply(() => jsonResponse(status, { error: { code: status, message: `project gone ${status}` } }))
    t.client.start()
    await t.clock.advance(120_000)
    expect(t.server.requests).toHaveLength(1)
    expect(t.client.getStatus()).toMatchObject({ state: 'config-error', lastError: { status, message: `project gone ${status}` } })
    expect(t.clock.pending()).toBe(0)
  })

  it('waits for Retry-After on 429', async () => {
    const t = setupClient()
    t.server.reply(() => jsonResponse(429, { error: 'rate limited', code: 429 }, { 'retry-after': '7' }))
    t.client.start()
    await t.clock.advance(0)
    expect(delayOf(t)).toBe(7000)
    await t.clock.advance(6999)
    expect(t.server.requests).toHaveLength(1)
    await t.clock.advance(1)
    expect(t.server.requests).toHaveLength(2)
  })

  it('backs off 5xx with growing, jittered, capped delays and honours 503 Retry-After', async () => {
    const t = setupClient({ maxAttemptsWithoutEvent: 0 })
    const boom = () => jsonResponse(500, { error: 'internal' })
    t.server.reply(boom, boom, boom, boom, boom, boom, boom, () => jsonResponse(503, {}, { 'retry-after': '40' }))
    t.client.start()
    const delays: number[] = []
    for (let i = 0; i < 8; i++) {
      await t.clock.advance(0)
      delays.push(delayOf(t))
      await t.clock.advance(delays[i] ?? 0)
    }
    // random() = 0.5: half of min(30 s, 1 s · 2^n); the 503's Retry-After is a floor.
    expect(delays).toEqual([500, 1000, 2000, 4000, 8000, 15_000, 15_000, 40_000])
    expect(t.client.getStatus().lastError).toMatchObject({ status: 503 })
  })

  it('backs off after a network error', async () => {
    const t = setupClient()
    t.server.reply(() => Promise.reject(new TypeError('Failed to fetch')))
    t.client.start()
    await t.clock.advance(0)
    expect(t.client.getStatus()).toMatchObject({ state: 'reconnecting', lastError: { kind: 'network', message: 'Failed to fetch' } })
    expect(delayOf(t)).toBe(500)
  })

  it('reconnects at once after a clean close, with a newly fetched header', async () => {
    const t = setupClient()
    t.client.start()
    await t.clock.advance(0)
    t.server.last().send(sseData(resultLine('e1', t.clock.now())))
    await t.clock.advance(0)
    t.server.last().close()
    await t.clock.advance(0)
    expect(t.client.getStatus()).toMatchObject({ state: 'reconnecting', lastError: { kind: 'closed' } })
    expect(delayOf(t)).toBeLessThan(250)
    await t.clock.advance(250)
    expect(t.server.requests.map((r) => r.headers.get('authorization'))).toEqual(['Bearer t1', 'Bearer t2'])
    expect(t.authCalls).toEqual([false, false])
    expect(t.server.openCount()).toBe(1)
  })

  it('reconnects at once after the 408 "closing stream" frame', async () => {
    const t = setupClient()
    t.client.start()
    await t.clock.advance(0)
    t.server.last().send(sseData({ error: { code: 408, message: 'closing stream', details: [] } }))
    await t.clock.advance(0)
    expect(t.client.getStatus()).toMatchObject({ state: 'reconnecting', lastErrorFrame: 'closing stream', totals: { errorFrames: 1 } })
    expect(t.server.requests[0]?.open).toBe(false)
    await t.clock.advance(250)
    expect(t.server.requests).toHaveLength(2)
  })

  it('refreshes the token at once on a gRPC 16 frame, then gives up on a second one', async () => {
    const t = setupClient()
    t.client.start()
    await t.clock.advance(0)
    t.server.last().send(sseData({ error: { code: 16, message: 'token expired', details: [] } }))
    await t.clock.advance(0)
    expect(t.server.requests).toHaveLength(2)
    expect(t.authCalls).toEqual([false, true])
    t.server.last().send(sseData({ error: { code: 16, message: 'still expired', details: [] } }))
    await t.clock.advance(60_000)
    expect(t.server.requests).toHaveLength(2)
    expect(t.client.getStatus()).toMatchObject({ state: 'auth-error', lastError: { grpcCode: 16 } })
  })

  it('stops with config-error on a gRPC 5 (NOT_FOUND) frame', async () => {
    const t = setupClient()
    t.client.start()
    await t.clock.advance(0)
    t.server.last().send(sseData({ error: { code: 5, message: 'project not found', details: [] } }))
    await t.clock.advance(60_000)
    expect(t.server.requests).toHaveLength(1)
    expect(t.client.getStatus()).toMatchObject({ state: 'config-error', lastError: { kind: 'error-frame', grpcCode: 5, message: 'project not found (NOT_FOUND)' } })
  })

  it('treats a marked token-source rejection as auth-error and retries an unmarked one', async () => {
    const marked = setupClient({ getAuthorization: () => Promise.reject(new StreamAuthError('key revoked')) })
    marked.client.start()
    await marked.clock.advance(0)
    expect(marked.client.getStatus()).toMatchObject({ state: 'auth-error', lastError: { kind: 'auth', message: 'key revoked' } })
    expect(marked.server.requests).toHaveLength(0)

    // Shaped like src/auth's AuthError: the same name for both cases, the flag decides.
    const authError = (isAuthFailure: boolean) => Object.assign(new Error(isAuthFailure ? 'invalid_grant' : 'broker down'), { name: 'AuthError', isAuthFailure })
    const wrong = setupClient({ getAuthorization: () => Promise.reject(authError(true)) })
    wrong.client.start()
    await wrong.clock.advance(0)
    expect(wrong.client.getStatus()).toMatchObject({ state: 'auth-error', lastError: { message: 'invalid_grant' } })

    const flaky = setupClient({ getAuthorization: () => Promise.reject(authError(false)) })
    flaky.client.start()
    await flaky.clock.advance(0)
    expect(flaky.client.getStatus()).toMatchObject({ state: 'reconnecting', lastError: { kind: 'auth', message: 'broker down' } })
  })
})
