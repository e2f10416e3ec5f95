import { describe, expect, it } from 'vitest'
import { AuthError } from './auth-error'
import { createCachedTokenSource, refreshTime, type CachedTokenOptions } from './cached-token'
import { createControlledFetcher } from './testing/fake-fetcher'
import { createFakeTimers, flushPromises } from './testing/fake-timers'
import type { TokenState } from './token-source'

const HOUR = 3_600_000
/** Attaches the handler at once, so a rejection before the assertion is not reported as unhandled. */
const rejection = (promise: Promise<unknown>): Promise<unknown> => promise.then(() => 'resolved', (e: unknown) => e)
const MARGIN = 60_000

function setup(options: Partial<CachedTokenOptions> = {}) {
  const timers = createFakeTimers()
  const { fetchToken, calls } = createControlledFetcher()
  const source = createCachedTokenSource({ mode: 'server', fetchToken, timers, ...options })
  const states: TokenState[] = []
  source.subscribe(() => states.push(source.getState()))
  /** Answers the latest call with token `name`, valid one hour from now. */
  const answer = async (name: string, lifetimeMs = HOUR) => {
    calls.at(-1)?.resolve({ accessToken: name, expiresAt: timers.now() + lifetimeMs })
    await flushPromises()
  }
  const fail = async (error: unknown) => {
    calls.at(-1)?.reject(error)
    await flushPromises()
  }
  return { timers, calls, source, states, answer, fail }
}

describe('createCachedTokenSource: caching and refresh timing', () => {
  it('fetches once, then serves the cached token while it is fresh', async () => {
    const { source, calls, answer, timers } = setup()
    const first = source.getAuthorization()
    await answer('t1')
    expect(await first).toBe('Bearer t1')
    timers.advance(HOUR - MARGIN - 1)
    calls.length = 0 // the proactive timer has not fired yet, so nothing new was requested
    expect(await source.getAuthorization()).toBe('Bearer t1')
    expect(calls).toHaveLength(0)
  })

  it('refreshes once, for all callers, when asked inside the 60 s margin', async () => {
    const { source, calls, answer, timers } = setup()
    void source.getAuthorization()
    await answer('t1')
    // Move the clock past the refresh point without running the proactive timer (a sleeping tab).
    timers.jump(HOUR - MARGIN + 1)
    expect(calls).toHaveLength(1)
    const results = Promise.all([source.getAuthorization(), source.getAuthorization()])
    expect(calls).toHaveLength(2)
    expect(calls[1]?.request.stale).toBeUndefined()
    await answer('t2')
    expect(await results).toEqual(['Bearer t2', 'Bearer t2'])
  })

  it('arms the proactive refresh at expiry minus the margin and keeps state ready meanwhile', async () => {
    const { source, calls, answer, timers, states } = setup()
    void source.getAuthorization()
    await answer('t1')
    expect(timers.pending()).toEqual([HOUR - MARGIN])
    timers.advance(HOUR - MARGIN - 1)
    expect(calls).toHaveLength(1)
    timers.advance(1)
    expect(calls).toHaveLength(2)
    expect(calls[1]?.request.stale).toBeUndefined()
    await answer('t2')
    expect(states.map((s) => s.status)).toEqual(['loading', 'ready', 'ready'])
    expect(states[2]?.expiresAt).toBe(timers.now() + HOUR)
    expect(await source.getAuthorization()).toBe('Bearer t2')
  })

  it('takes a configurable margin', async () => {
    const { source, answer, timers } = setup({ refreshMarginMs: 120_000 })
    void source.getAuthorization()
    await answer('t1')
    expect(timers.pending()).toEqual([HOUR - 120_000])
  })

  it('refreshes a token shorter-lived than twice the margin halfway through its life', () => {
    expect(refreshTime(0, 60_000, MARGIN, 5_000)).toBe(30_000)
    expect(refreshTime(0, HOUR, MARGIN, 5_000)).toBe(HOUR - MARGIN)
    // An already expired token is not refetched in a tight loop.
    expect(refreshTime(1_000, 0, MARGIN, 5_000)).toBe(6_000)
  })
})

describe('createCachedTokenSource: single-flight and forced refresh', () => {
  it('shares one request among 10 concurrent callers', async () => {
    const { source, calls, answer } = setup()
    const all = Promise.all(Array.from({ length: 10 }, () => source.getAuthorization()))
    expect(calls).toHaveLength(1)
    await answer('t1')
    expect(new Set(await all)).toEqual(new Set(['Bearer t1']))
  })

  it('forces one refresh that names the rejected token, then rate-limits further ones', async () => {
    const { source, calls, answer, timers } = setup()
    void source.getAuthorization()
    await answer('t1')
    const fresh = source.getAuthorization({ fresh: true })
    expect(calls).toHaveLength(2)
    expect(calls[1]?.request.stale).toBe('t1')
    await answer('t2')
    expect(await fresh).toBe('Bearer t2')
    timers.advance(4_999)
    expect(await source.getAuthorization({ fresh: true })).toBe('Bearer t2')
    expect(calls).toHaveLength(2)
    timers.advance(1)
    void source.getAuthorization({ fresh: true })
    expect(calls).toHaveLength(3)
  })

  it('shares one forced refresh among concurrent 401s', async () => {
    const { source, calls, answer } = setup()
    void source.getAuthorization()
    await answer('t1')
    const all = Promise.all(Array.from({ length: 5 }, () => source.getAuthorization({ fresh: true })))
    expect(calls).toHaveLength(2)
    await answer('t2')
    expect(new Set(await all)).toEqual(new Set(['Bearer t2']))
  })

  it('returns the newer token at once when the caller names an older one as stale', async () => {
    const { source, calls, answer, timers } = setup()
    void source.getAuthorization()
    await answer('t1')
    void source.getAuthorization({ fresh: true })
    await answer('t2')
    timers.advance(10_000)
    expect(await source.getAuthorization({ fresh: true, stale: 'Bearer t1' })).toBe('Bearer t2')
    expect(calls).toHaveLength(2)
  })
})

describe('createCachedTokenSource: invalidate, errors and backoff', () => {
  it('drops the token on invalidate, goes idle, and ignores a request started before', async () => {
    const { source, calls, answer, states } = setup()
    void source.getAuthorization()
    await answer('t1')
    const before = source.getAuthorization({ fresh: true })
    source.invalidate()
    expect(source.getState().status).toBe('idle')
    await answer('t-old')
    expect(await before).toBe('Bearer t-old') // its caller still gets it, but it is not cached
    const after = source.getAuthorization()
    expect(calls).toHaveLength(3)
    await answer('t3')
    expect(await after).toBe('Bearer t3')
    expect(states.map((s) => s.status)).toEqual(['loading', 'ready', 'loading', 'idle', 'loading', 'ready'])
  })

  it('reports a transient failure, answers with it during backoff, and retries by timer', async () => {
    const { source, calls, answer, fail, timers, states } = setup()
    const first = rejection(source.getAuthorization())
    await fail(new AuthError(503, 'identity unavailable'))
    expect(await first).toMatchObject({ name: 'AuthError', status: 503, isAuthFailure: false, message: 'identity unavailable' })
    expect(source.getState()).toEqual({ status: 'error', mode: 'server', error: { status: 503, message: 'identity unavailable', isAuthFailure: false } })
    await expect(source.getAuthorization()).rejects.toBeInstanceOf(AuthError)
    await expect(source.getAuthorization({ fresh: true })).rejects.toBeInstanceOf(AuthError)
    expect(calls).toHaveLength(1)
    expect(timers.pending()).toEqual([1_000])
    timers.advance(1_000)
    expect(calls).toHaveLength(2)
    await fail(new AuthError(0, 'offline'))
    expect(timers.pending()).toEqual([2_000])
    timers.advance(2_000)
    await answer('t1')
    expect(source.getState()).toMatchObject({ status: 'ready' })
    expect(await source.getAuthorization()).toBe('Bearer t1')
    expect(states.map((s) => s.status)).toEqual(['loading', 'error', 'loading', 'error', 'loading', 'ready'])
  })

  it('does not retry wrong credentials by itself; invalidate allows a new attempt', async () => {
    const { source, calls, fail, timers } = setup()
    const first = rejection(source.getAuthorization())
    await fail(new AuthError(400, 'invalid_grant: bad signature'))
    expect(await first).toMatchObject({ isAuthFailure: true, status: 400 })
    expect(timers.pending()).toEqual([])
    timers.advance(HOUR)
    expect(calls).toHaveLength(1)
    source.invalidate()
    void source.getAuthorization()
    expect(calls).toHaveLength(2)
  })

  it('turns foreign errors into transient AuthErrors', async () => {
    const { source, fail } = setup()
    const first = rejection(source.getAuthorization())
    await fail(new TypeError('Failed to fetch'))
    expect(await first).toMatchObject({ name: 'AuthError', status: 0, isAuthFailure: false, message: 'Failed to fetch' })
  })

  it('aborts a hung request after the timeout', async () => {
    const { source, calls, timers } = setup({ requestTimeoutMs: 10_000 })
    const first = rejection(source.getAuthorization())
    await flushPromises()
    timers.advance(10_000)
    expect(await first).toMatchObject({ status: 0, message: 'token request timed out after 10 s' })
    expect(calls[0]?.request.signal.aborted).toBe(true)
  })

  it('stops on dispose: no timers, aborted request, later calls rejected', async () => {
    const { source, calls, timers } = setup()
    const first = rejection(source.getAuthorization())
    await flushPromises()
    source.dispose()
    expect(await first).toMatchObject({ message: 'token source was disposed' })
    expect(calls[0]?.request.signal.aborted).toBe(true)
    expect(timers.pending()).toEqual([])
    await expect(source.getAuthorization()).rejects.toBeInstanceOf(AuthError)
  })
})

describe('createCachedTokenSource: state', () => {
  it('publishes a new frozen object on every change and stops notifying after unsubscribe', async () => {
    const timers = createFakeTimers()
    const { fetchToken, calls } = createControlledFetcher()
    const source = createCachedTokenSource({ mode: 'service-account', fetchToken, timers })
    const initial = source.getState()
    expect(initial).toEqual({ status: 'idle', mode: 'service-account' })
    let count = 0
    const unsubscribe = source.subscribe(() => (count += 1))
    void source.getAuthorization()
    const loading = source.getState()
    expect(loading).not.toBe(initial)
    expect(Object.isFrozen(loading)).toBe(true)
    expect(source.getState()).toBe(loading) // stable between changes
    unsubscribe()
    calls[0]?.resolve({ accessToken: 'secret-token', expiresAt: timers.now() + HOUR })
    await flushPromises()
    expect(count).toBe(1)
    expect(JSON.stringify(source.getState())).not.toContain('secret-token')
  })
})
