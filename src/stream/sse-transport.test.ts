// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest'
import type { Result, StreamMessage } from '../dt'
import { StreamAuthError } from './classify'
import { runSseAttempt, type SseAttempt, type SseAttemptEnd } from './sse-transport'
import { settle } from './testing/fake-clock'
import { createFakeSse, jsonResponse, sseData } from './testing/fake-sse'
import { pingLine, resultLine } from './testing/wire'

function setup(overrides: Partial<SseAttempt> = {}) {
  const server = createFakeSse()
  const controller = new AbortController()
  const log: string[] = []
  const messages: Array<Result<StreamMessage>> = []
  let end: SseAttemptEnd | undefined
  const attempt: SseAttempt = {
    url: 'http://localhost/api/v2/projects/p1/devices:stream?ping_interval=10s',
    fetch: server.fetch,
    getAuthorization: async () => 'Bearer abc',
    signal: controller.signal,
    now: () => Date.UTC(2025, 2, 11),
    onOpen: () => void log.push('open'),
    onActivity: () => void log.push('activity'),
    onMessage: (m) => void messages.push(m),
    ...overrides,
  }
  const done = runSseAttempt(attempt).then((e) => (end = e))
  return { server, controller, log, messages, done, end: () => end }
}

describe('runSseAttempt', () => {
  it('sets Authorization per attempt through fetch, never in headers, and asks for SSE', async () => {
    const t = setup()
    await settle()
    const req = t.server.last()
    expect(req.headers.get('authorization')).toBe('Bearer abc')
    expect(req.headers.get('accept')).toBe('text/event-stream')
    // Past the browser's HTTP cache: Chrome restarted a request sharing a cache entry with an aborted one.
    expect(req.cache).toBe('no-store')
    expect(t.log).toEqual(['open'])
  })

  it('decodes data, treats empty messages as liveness only, and never throws on bad lines', async () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const t = setup({
      onMessage: (m) => {
        t.messages.push(m)
        throw new Error('consumer bug')
      },
    })
    await settle()
    const req = t.server.last()
    req.send(`:\n\n${sseData(resultLine('e1', Date.UTC(2025, 2, 11)))}data: {not json\n\n${sseData(pingLine('p1', Date.UTC(2025, 2, 11)))}`)
    await settle()
    expect(t.log).toEqual(['open', 'activity', 'activity', 'activity', 'activity'])
    expect(t.messages.map((m) => (m.ok ? m.value.kind : 'bad'))).toEqual(['event', 'bad', 'event'])
    expect(req.open).toBe(true)
    expect(t.end()).toBeUndefined()
    expect(consoleError).toHaveBeenCalledTimes(3)
    consoleError.mockRestore()
  })

  it('turns a clean close into a failure to recover from', async () => {
    const t = setup()
    await settle()
    t.server.last().close()
    await t.done
    expect(t.end()).toEqual({ kind: 'failed', failure: { kind: 'closed' } })
  })

  it('fails a 200 of the wrong content type without reading it', async () => {
    const t = setup()
    t.server.reply(() => new Response('{"result":{}}\n', { status: 200, headers: { 'content-type': 'application/json' } }))
    await t.done
    expect(t.end()).toMatchObject({ kind: 'failed', failure: { kind: 'http', status: 200, contentType: 'application/json' } })
    expect(t.log).toEqual([])
  })

  it('reads status, Retry-After and the server message (nested or flat)', async () => {
    const nested = setup()
    nested.server.reply(() => jsonResponse(429, { error: { code: 429, message: 'slow down', details: [] } }, { 'retry-after': '7' }))
    await nested.done
    expect(nested.end()).toEqual({ kind: 'failed', failure: { kind: 'http', status: 429, contentType: 'application/json', message: 'slow down', retryAfterMs: 7000 } })

    const flat = setup()
    flat.server.reply(() => jsonResponse(404, { error: 'not found', code: 404, help: 'https://docs.d21s.com/error/#404' }))
    await flat.done
    expect(flat.end()).toMatchObject({ failure: { status: 404, message: 'not found' } })

    const html = setup()
    html.server.reply(() => new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway', headers: { 'content-type': 'text/html' } }))
    await html.done
    expect(html.end()).toMatchObject({ failure: { status: 502, message: 'HTTP 502 Bad Gateway' } })
  })

  it('reports network errors, before and after open', async () => {
    const before = setup({ fetch: async () => Promise.reject(new TypeError('Failed to fetch')) })
    await before.done
    expect(before.end()).toEqual({ kind: 'failed', failure: { kind: 'network', message: 'Failed to fetch' } })

    const after = setup()
    await settle()
    after.server.last().fail('connection reset')
    await after.done
    expect(after.end()).toMatchObject({ kind: 'failed', failure: { kind: 'network' } })
  })

  it('reports a token-source rejection, fatal only when marked', async () => {
    const marked = setup({ getAuthorization: () => Promise.reject(new StreamAuthError('invalid key')) })
    await marked.done
    expect(marked.end()).toEqual({ kind: 'failed', failure: { kind: 'auth', fatal: true, message: 'invalid key' } })
    expect(marked.server.requests).toHaveLength(0)

    const transient = setup({ getAuthorization: () => Promise.reject(new Error('broker unreachable')) })
    await transient.done
    expect(transient.end()).toMatchObject({ failure: { kind: 'auth', fatal: false } })
  })

  it('ends silently on abort, closing the request', async () => {
    const t = setup()
    await settle()
    expect(t.server.openCount()).toBe(1)
    t.controller.abort()
    await t.done
    expect(t.end()).toEqual({ kind: 'aborted' })
    expect(t.server.openCount()).toBe(0)
  })

  it('sends nothing when the signal is already aborted (issue #98)', async () => {
    const controller = new AbortController()
    controller.abort()
    const t = setup({ signal: controller.signal })
    await t.done
    expect(t.end()).toEqual({ kind: 'aborted' })
    expect(t.server.requests).toHaveLength(0)
  })

  it('sends nothing when aborted while the token was being fetched', async () => {
    let release: (v: string) => void = () => undefined
    const t = setup({ getAuthorization: () => new Promise<string>((r) => (release = r)) })
    t.controller.abort()
    release('Bearer late')
    await t.done
    await settle()
    expect(t.end()).toEqual({ kind: 'aborted' })
    expect(t.server.requests).toHaveLength(0)
  })
})
