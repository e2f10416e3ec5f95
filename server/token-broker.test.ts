import { once } from 'node:events'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { decodeProtectedHeader, jwtVerify } from 'jose'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTokenBroker, type TokenBroker, type TokenBrokerOptions } from './token-broker'

const SECRET = 'broker-test-secret-0123456789'
const KEY_ID = 'c0pppd1qdqebrvv1iqp0'
const EMAIL = 'sa1@proj1.serviceaccount.d21s.com'
const HOUR_S = 3600

type Mode = 'ok' | 'reject' | 'fail'

interface IdentityRequest {
  method: string | undefined
  contentType: string | undefined
  url: string | undefined
  form: URLSearchParams
  verified: boolean
  kid: unknown
}

const servers: Server[] = []

async function listen(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<string> {
  const server = createServer(handler)
  servers.push(server)
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

async function readAll(req: IncomingMessage): Promise<string> {
  let text = ''
  for await (const chunk of req as AsyncIterable<Buffer>) text += chunk.toString('utf8')
  return text
}

/** A local stand-in for DT's identity service: checks the assertion, answers like DT, records requests. */
async function startIdentity(clock: { ms: number }) {
  const state = { mode: 'ok' as Mode, issued: 0, requests: [] as IdentityRequest[], url: '' }
  state.url = `${await listen(async (req, res) => {
    const form = new URLSearchParams(await readAll(req))
    const assertion = form.get('assertion') ?? ''
    const verified = await jwtVerify(assertion, new TextEncoder().encode(SECRET), {
      algorithms: ['HS256'],
      audience: state.url,
      issuer: EMAIL,
      currentDate: new Date(clock.ms),
    }).then(
      () => true,
      () => false,
    )
    state.requests.push({ method: req.method, contentType: req.headers['content-type'], url: req.url, form, verified, kid: decodeProtectedHeader(assertion).kid })
    res.setHeader('Content-Type', 'application/json')
    if (state.mode === 'fail') return res.writeHead(503).end('{"error":"unavailable"}')
    if (state.mode === 'reject' || !verified) {
      // Echo the assertion, as a careless server might: the broker must not pass it on.
      return res.writeHead(400).end(JSON.stringify({ error: 'invalid_grant', error_description: `bad signature in ${assertion}` }))
    }
    state.issued += 1
    res.writeHead(200).end(JSON.stringify({ access_token: `token-${state.issued}`, token_type: 'bearer', expires_in: HOUR_S }))
  })}/oauth2/token`
  return state
}

interface Reply {
  status: number
  headers: Headers
  body: Record<string, unknown>
  text: string
}

let clock: { ms: number }
let identity: Awaited<ReturnType<typeof startIdentity>>
let broker: TokenBroker
let base: string
const seenAssertions: string[] = []

async function startBroker(overrides: Partial<TokenBrokerOptions> = {}) {
  broker = createTokenBroker({ tokenUrl: identity.url, keyId: KEY_ID, secret: SECRET, email: EMAIL, now: () => clock.ms, ...overrides })
  base = await listen((req, res) => {
    if (!broker.handle(req, res)) res.writeHead(404).end('not here')
  })
}

/** Calls the broker over HTTP and checks that no reply ever carries the secret or an assertion. */
async function call(method: string, body?: string, headers: Record<string, string> = {}, path = '/auth/token'): Promise<Reply> {
  const res = await fetch(`${base}${path}`, { method, headers, ...(body === undefined ? {} : { body }) })
  const text = await res.text()
  expect(text).not.toContain(SECRET)
  for (const r of identity.requests) seenAssertions.push(r.form.get('assertion') ?? '')
  for (const a of seenAssertions) expect(text).not.toContain(a)
  let parsed: Record<string, unknown> = {}
  try {
    parsed = JSON.parse(text) as Record<string, unknown>
  } catch {
    // not JSON (the 404 from the test server)
  }
  return { status: res.status, headers: res.headers, body: parsed, text }
}

const post = (stale: string) => call('POST', JSON.stringify({ stale }), { 'Content-Type': 'application/json' })

beforeEach(async () => {
  clock = { ms: 1_741_684_547_000 }
  identity = await startIdentity(clock)
  await startBroker()
})

afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections()
    server.close()
    await once(server, 'close')
  }
})

describe('token broker over HTTP', () => {
  it('exchanges a valid assertion once and serves the cached token, uncached by HTTP', async () => {
    const first = await call('GET')
    expect(first.status).toBe(200)
    expect(first.body).toEqual({ access_token: 'token-1', token_type: 'bearer', expires_in: HOUR_S })
    expect(first.headers.get('cache-control')).toBe('no-store')
    const second = await call('GET')
    expect(second.body.access_token).toBe('token-1')
    expect(identity.requests).toHaveLength(1)
    const [request] = identity.requests
    expect(request).toMatchObject({ method: 'POST', url: '/oauth2/token', contentType: 'application/x-www-form-urlencoded', verified: true, kid: KEY_ID })
    expect(request?.form.get('grant_type')).toBe('urn:ietf:params:oauth:grant-type:jwt-bearer')
  })

  it('counts expires_in down and refreshes inside the 60 s margin', async () => {
    await call('GET')
    clock.ms += 1_000_000
    expect((await call('GET')).body).toMatchObject({ access_token: 'token-1', expires_in: HOUR_S - 1000 })
    clock.ms += (HOUR_S - 1000 - 60) * 1000
    expect((await call('GET')).body).toMatchObject({ access_token: 'token-2', expires_in: HOUR_S })
    expect(identity.requests).toHaveLength(2)
  })

  it('is single-flight: 10 concurrent requests cause one exchange', async () => {
    const results = await Promise.all(Array.from({ length: 10 }, () => broker.getToken()))
    expect(results.every((r) => r.ok && r.value.accessToken === 'token-1')).toBe(true)
    expect(identity.requests).toHaveLength(1)
  })

  it('replaces the token on a POST naming it as stale, and rate-limits that', async () => {
    await call('GET')
    const replaced = await post('token-1')
    expect(replaced.body.access_token).toBe('token-2')
    expect((await post('token-2')).body.access_token).toBe('token-2') // within 5 s of the last forced refresh
    clock.ms += 5_000
    expect((await post('token-2')).body.access_token).toBe('token-3')
    expect(identity.requests).toHaveLength(3)
  })

  it('keeps its token when the POST names another one', async () => {
    await call('GET')
    expect((await post('token-0')).body.access_token).toBe('token-1')
    expect((await call('POST', '')).body.access_token).toBe('token-1')
    expect(identity.requests).toHaveLength(1)
  })

  it('answers 502 with the upstream status and message when the credentials are rejected', async () => {
    identity.mode = 'reject'
    const reply = await call('GET')
    expect(reply.status).toBe(502)
    expect(reply.headers.get('cache-control')).toBe('no-store')
    const error = reply.body.error as Record<string, unknown>
    expect(error).toMatchObject({ code: 502, upstreamStatus: 400 })
    expect(error.message).toBe(`identity service at ${identity.url} rejected the service account (HTTP 400): invalid_grant: bad signature in [assertion]`)
    expect(error.help).toContain('oauth2#common-errors')
  })

  it('waits out a cooldown before asking a failing identity service again', async () => {
    identity.mode = 'fail'
    expect((await call('GET')).body.error).toMatchObject({ upstreamStatus: 503 })
    await call('GET')
    expect(identity.requests).toHaveLength(1)
    identity.mode = 'ok'
    clock.ms += 5_000
    expect((await call('GET')).body.access_token).toBe('token-1')
  })

  it('serves a token that is due for refresh but still valid when the refresh fails', async () => {
    await call('GET')
    identity.mode = 'fail'
    clock.ms += (HOUR_S - 30) * 1000
    expect((await call('GET')).body).toEqual({ access_token: 'token-1', token_type: 'bearer', expires_in: 30 })
  })

  it('answers 502 with status 0 when the identity service is unreachable', async () => {
    const closed = `${identity.url.replace(/\/oauth2\/token$/, '')}`
    const port = new URL(closed).port
    for (const server of servers.splice(0, 1)) {
      server.close()
      await once(server, 'close')
    }
    const reply = await call('GET')
    expect(reply.status).toBe(502)
    expect(reply.body.error).toMatchObject({ upstreamStatus: 0 })
    expect(String((reply.body.error as { message: string }).message)).toContain(`127.0.0.1:${port}/oauth2/token unreachable: fetch failed`)
  })

  it('refuses other sites, wrong methods and bad bodies; ignores other paths', async () => {
    expect((await call('GET', undefined, { 'Sec-Fetch-Site': 'cross-site' })).status).toBe(403)
    expect((await call('GET', undefined, { 'Sec-Fetch-Site': 'same-origin' })).status).toBe(200)
    const put = await call('PUT', '{}')
    expect(put.status).toBe(405)
    expect(put.headers.get('allow')).toBe('GET, POST')
    expect((await call('POST', '{stale')).status).toBe(400)
    expect((await call('POST', JSON.stringify({ stale: 'x'.repeat(20_000) }))).status).toBe(413)
    expect((await call('GET', undefined, {}, '/auth/other')).status).toBe(404)
    expect((await call('GET', undefined, {}, '/auth/token?x=1')).status).toBe(200)
  })

  it('answers 503 when no service account is configured', async () => {
    await startBroker({ secret: '' })
    const reply = await call('GET')
    expect(reply.status).toBe(503)
    expect(identity.requests).toHaveLength(0)
  })

  it('takes the token URL as a function, for an emulator whose port is known only after listening', async () => {
    await startBroker({ tokenUrl: () => identity.url })
    expect((await call('GET')).body.access_token).toBe('token-1')
    expect(identity.requests[0]?.verified).toBe(true)
  })

  it('invalidates unconditionally from server code', async () => {
    await call('GET')
    expect(broker.invalidate()).toBe(true)
    expect((await call('GET')).body.access_token).toBe('token-2')
  })
})
