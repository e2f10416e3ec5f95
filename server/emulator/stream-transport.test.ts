import { createServer, type Server } from 'node:http'
import { connect } from 'node:net'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createEmulator, type Emulator } from './index'
import { getJson, isEvent, openStream, until } from './test-support'

let emu: Emulator
let server: Server
let origin: string
let basic: string
const writes: string[] = []

beforeAll(async () => {
  emu = createEmulator({ simulate: false, maxBufferedBytes: 64 * 1024 })
  basic = `Basic ${Buffer.from(`${emu.credentials.keyId}:${emu.credentials.secret}`).toString('base64')}`
  // A host server that owns /own and mounts the emulator beside it, recording every write.
  server = createServer((req, res) => {
    const write = res.write.bind(res) as (chunk: unknown) => boolean
    res.write = ((chunk: unknown) => {
      writes.push(String(chunk))
      return write(chunk)
    }) as typeof res.write
    if (emu.handle(req, res)) return
    res.writeHead(req.url === '/own' ? 200 : 404, { 'Content-Type': 'text/plain' })
    res.end(req.url === '/own' ? 'host route' : 'host 404')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  await emu.close()
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})

describe('embedding', () => {
  it('leaves other paths to the host server', async () => {
    expect(await (await fetch(`${origin}/own`)).text()).toBe('host route')
    expect(await (await fetch(`${origin}/elsewhere`)).text()).toBe('host 404')
    expect(await (await fetch(`${origin}/control/stats`)).text()).toBe('host 404')
    expect((await getJson(`${origin}/v2/projects`, basic)).status).toBe(200)
  })

  it('answers CORS preflight on its own paths', async () => {
    const res = await fetch(`${origin}/v2/projects/${emu.projectId}/devices:stream`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://localhost:5173', 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'authorization' },
    })
    expect(res.status).toBe(204)
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    expect(res.headers.get('access-control-allow-headers')).toBe('authorization')
    expect((await getJson(`${origin}/v2/projects`, basic)).headers.get('access-control-allow-origin')).toBe('*')
  })
})

describe('one write per message', () => {
  for (const [accept, pattern] of [
    ['text/event-stream', /^data: [^\n]+\n\n$/],
    ['application/json', /^[^\n]+\n$/],
  ] as const) {
    it(`writes each ${accept} message in one call`, async () => {
      const device = emu.createDevice('temperature', { name: 'Probe' }).id
      writes.length = 0
      const s = await openStream(`${origin}/v2/projects/${emu.projectId}/devices:stream?ping_interval=100ms`, { Authorization: basic, Accept: accept })
      for (let i = 0; i < 5; i++) emu.publish(device, 'temperature', { value: i })
      await s.next(isEvent('ping'))
      s.close()
      const streamWrites = writes.filter((w) => w.includes('"result"'))
      expect(streamWrites.length).toBeGreaterThanOrEqual(6)
      for (const w of streamWrites) expect(w).toMatch(pattern)
    })
  }
})

describe('slow readers', () => {
  it('cuts a stream whose unsent bytes pass the cap, and counts it', async () => {
    const device = emu.createDevice('temperature', { name: 'Busy' }).id
    const socket = connect((server.address() as AddressInfo).port, '127.0.0.1')
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()))
    const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()))
    socket.on('error', () => undefined)
    socket.write(`GET /v2/projects/${emu.projectId}/devices:stream HTTP/1.1\r\nHost: x\r\nAuthorization: ${basic}\r\n\r\n`)
    // Never read: the kernel buffers fill, then Node's, until the cap trips.
    socket.pause()
    await until(() => emu.openStreamCount() === 1)
    const before = emu.stats().droppedSlowClients
    for (let i = 0; i < 200_000 && emu.openStreamCount() > 0; i++) emu.publish(device, 'temperature', { value: i % 40 })
    expect(emu.openStreamCount()).toBe(0)
    expect(emu.stats().droppedSlowClients).toBe(before + 1)
    socket.destroy()
    await closed
  })
})
