import { describe, expect, it } from 'vitest'
import type { FetchLike } from '../dt'
import { createTokenSource } from './create-token-source'
import { createFakeTimers } from './testing/fake-timers'

describe('createTokenSource', () => {
  it('builds the source each mode names', async () => {
    const urls: string[] = []
    const fetch: FetchLike = async (url) => {
      urls.push(url)
      return new Response(JSON.stringify({ access_token: 't', token_type: 'bearer', expires_in: 3600 }), { status: 200 })
    }
    const timers = createFakeTimers()
    const server = createTokenSource({ mode: 'server', url: '/custom/token' }, { fetch, timers })
    expect(server.mode).toBe('server')
    expect(await server.getAuthorization()).toBe('Bearer t')
    const account = createTokenSource({ mode: 'service-account', keyId: 'k', secret: 's', email: 'a@b.serviceaccount.d21s.com', tokenUrl: '/oauth2/token' }, { fetch, timers })
    expect(account.mode).toBe('service-account')
    expect(await account.getAuthorization()).toBe('Bearer t')
    expect(urls).toEqual(['/custom/token', '/oauth2/token'])
    expect(createTokenSource({ mode: 'basic', keyId: 'k', secret: 's' }).mode).toBe('basic')
  })
})
