import http, { type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { createApiProxy } from './api-proxy'

const servers: Server[] = []

async function listen(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<string> {
  const server = http.createServer(handler)
  servers.push(server)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

afterEach(async () => {
  for (const s of servers.splice(0)) {
    s.closeAllConnections()
    await new Promise((resolve) => s.close(resolve))
  }
})

async function proxyTo(upstream: string): Promise<string> {
  const proxy = createApiProxy({ prefix: '/api/v2', target: `${upstream}/v2` })
  return listen((req, res) => {
    if (!proxy(req, res)) {
      res.writeHead(404)
      res.end()
    }
  })
}

describe('api proxy', () => {
  it('forwards path, query and Authorization, but not cookies', async () => {
    let seen: IncomingMessage | undefined
    const upstream = await listen((req, res) => {
      seen = req
      res.writeHead(200, { 'Content-Type': 'application/json' })
      res.end('{"ok":true}')
    })
    const base = await proxyTo(upstream)
    const r = await fetch(`${base}/api/v2/projects/p/devices?page_size=2&device_ids=a&device_ids=b`, { headers: { Authorization: 'Bearer t', Cookie: 'session=1' } })
    expect(await r.json()).toEqual({ ok: true })
    expect(seen?.url).toBe('/v2/projects/p/devices?page_size=2&device_ids=a&device_ids=b')
    expect(seen?.headers.authorization).toBe('Bearer t')
    expect(seen?.headers.cookie).toBeUndefined()
  })

  it('passes a stream through message by message, before the upstream ends', async () => {
    let write: ((s: string) => void) | undefined
    const upstream = await listen((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/event-stream' })
      res.flushHeaders()
      write = (s) => res.write(s)
    })
    const base = await proxyTo(upstream)
    const r = await fetch(`${base}/api/v2/projects/p/devices:stream`)
    expect(r.headers.get('content-type')).toBe('text/event-stream')
    expect(r.headers.get('cache-control')).toBe('no-cache, no-transform')
    const reader = (r.body as ReadableStream<Uint8Array>).getReader()
    write?.('data: {"n":1}\n\n')
    const first = await reader.read()
    expect(new TextDecoder().decode(first.value)).toBe('data: {"n":1}\n\n')
    await reader.cancel()
  })

  it('closes the upstream request when the browser goes away', async () => {
    let upstreamClosed: Promise<void> | undefined
    const upstream = await listen((req, res) => {
      upstreamClosed = new Promise((resolve) => req.socket.once('close', () => resolve()))
      res.writeHead(200, { 'Content-Type': 'text/event-stream' })
      res.write('data: {}\n\n')
    })
    const base = await proxyTo(upstream)
    const abort = new AbortController()
    const r = await fetch(`${base}/api/v2/projects/p/devices:stream`, { signal: abort.signal })
    await (r.body as ReadableStream<Uint8Array>).getReader().read()
    abort.abort()
    await expect(upstreamClosed).resolves.toBeUndefined()
  })

  it('keeps an abrupt upstream drop abrupt for the browser', async () => {
    const upstream = await listen((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/event-stream' })
      res.write('data: {}\n\n', () => setTimeout(() => res.socket?.destroy(), 20))
    })
    const base = await proxyTo(upstream)
    const r = await fetch(`${base}/api/v2/projects/p/devices:stream`)
    const reader = (r.body as ReadableStream<Uint8Array>).getReader()
    await reader.read()
    await expect(reader.read()).rejects.toThrow()
  })

  it('answers 502 with a nested error naming the unreachable API', async () => {
    const dead = await listen(() => undefined)
    const port = new URL(dead).port
    const s = servers.pop()
    s?.closeAllConnections()
    await new Promise((resolve) => s?.close(resolve))
    const base = await proxyTo(`http://127.0.0.1:${port}`)
    const r = await fetch(`${base}/api/v2/projects`)
    expect(r.status).toBe(502)
    const body = (await r.json()) as { error: { code: number; message: string } }
    expect(body.error.code).toBe(502)
    expect(body.error.message).toMatch(/unreachable \(ECONNREFUSED\)/)
  })

  it('leaves other paths alone', async () => {
    const base = await proxyTo('http://127.0.0.1:9')
    expect((await fetch(`${base}/api/v2x`)).status).toBe(404)
    expect((await fetch(`${base}/other`)).status).toBe(404)
  })
})
