// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react'
import { StrictMode } from 'react'
import { describe, expect, it } from 'vitest'
import { AuthError } from './auth-error'
import { createCachedTokenSource } from './cached-token'
import { createServiceAccountTokenSource } from './service-account-token-source'
import { createControlledFetcher } from './testing/fake-fetcher'
import { createFakeTimers, flushPromises } from './testing/fake-timers'
import { useAccessToken } from './use-access-token'

function setup() {
  const timers = createFakeTimers()
  const { fetchToken, calls } = createControlledFetcher()
  const source = createCachedTokenSource({ mode: 'server', fetchToken, timers })
  return { timers, calls, source }
}

describe('useAccessToken', () => {
  it('starts a fetch on mount and goes loading → ready', async () => {
    const { timers, calls, source } = setup()
    const { result } = renderHook(() => useAccessToken(source), { wrapper: StrictMode })
    expect(result.current).toEqual({ status: 'loading', mode: 'server' })
    expect(calls).toHaveLength(1) // StrictMode runs the effect twice; single-flight keeps one request
    await act(async () => {
      calls[0]?.resolve({ accessToken: 't1', expiresAt: timers.now() + 3_600_000 })
      await flushPromises()
    })
    expect(result.current).toEqual({ status: 'ready', mode: 'server', expiresAt: timers.now() + 3_600_000 })
  })

  it('shows an error with the server message', async () => {
    const { calls, source } = setup()
    const { result } = renderHook(() => useAccessToken(source))
    await act(async () => {
      calls[0]?.reject(new AuthError(400, 'invalid_grant: unknown key'))
      await flushPromises()
    })
    expect(result.current).toEqual({ status: 'error', mode: 'server', error: { status: 400, message: 'invalid_grant: unknown key', isAuthFailure: true } })
  })

  it('fetches again after invalidate', async () => {
    const { timers, calls, source } = setup()
    const { result } = renderHook(() => useAccessToken(source))
    await act(async () => {
      calls[0]?.resolve({ accessToken: 't1', expiresAt: timers.now() + 3_600_000 })
      await flushPromises()
    })
    act(() => source.invalidate())
    expect(result.current.status).toBe('loading')
    expect(calls).toHaveLength(2)
  })

  it('follows a new source', () => {
    const a = setup()
    const b = setup()
    const { result, rerender } = renderHook(({ source }) => useAccessToken(source), { initialProps: { source: a.source } })
    rerender({ source: b.source })
    expect(result.current.status).toBe('loading')
    expect(b.calls).toHaveLength(1)
  })

  it('signs with an in-browser service account under jsdom (jose and jsdom realms)', async () => {
    const timers = createFakeTimers()
    const bodies: string[] = []
    const source = createServiceAccountTokenSource({
      keyId: 'k',
      secret: 's',
      email: 'sa@p.serviceaccount.d21s.com',
      tokenUrl: '/oauth2/token',
      timers,
      fetch: async (_url, init) => {
        bodies.push(String(init?.body))
        return new Response(JSON.stringify({ access_token: 't1', token_type: 'bearer', expires_in: 3600 }), { status: 200 })
      },
    })
    const { result } = renderHook(() => useAccessToken(source))
    await act(async () => {
      await source.getAuthorization()
    })
    expect(result.current.status).toBe('ready')
    expect(new URLSearchParams(bodies[0]).get('assertion')?.split('.')).toHaveLength(3)
  })
})
