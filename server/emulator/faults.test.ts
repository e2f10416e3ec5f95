import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { bearer, getJson, isEvent, openStream, postJson, start, until, type Running } from './test-support'

let r: Running
let device: string
beforeAll(async () => {
  r = await start({ faults: true })
  device = r.emu.createDevice('temperature', { name: 'Faulty fridge' }).id
})
afterEach(async () => {
  await postJson(`${r.origin}/control/reset`, undefined, {})
})
afterAll(() => r.close())

const control = (action: string, body: unknown = {}) => postJson(`${r.origin}/control/${action}`, undefined, body)
const streamUrl = (q = '') => `${r.base}/projects/${r.project}/devices:stream${q}`
const publish = (value: number) => postJson(`${r.base}/projects/${r.project}/devices/${device}:publish`, r.basic, { temperature: { value } })

describe('fault control API', () => {
  it('drop cuts every stream without a frame', async () => {
    const a = await openStream(streamUrl(), { Authorization: r.basic })
    const b = await openStream(streamUrl(), { Authorization: r.basic, Accept: 'text/event-stream' })
    const res = await control('drop')
    expect(res.body).toEqual({ ok: true, dropped: 2 })
    await a.waitForEnd()
    await b.waitForEnd()
    expect(a.failed && b.failed).toBe(true)
    expect(a.messages.concat(b.messages).some((m) => m.json?.error)).toBe(false)
    await until(() => r.emu.openStreamCount() === 0)
  })

  it('stall stops every byte, pings included, until resume; new streams stall too', async () => {
    const a = await openStream(streamUrl('?ping_interval=100ms'), { Authorization: r.basic })
    await a.next(isEvent('ping'))
    await control('stall')
    const chunksAtStall = a.chunks.length
    const b = await openStream(streamUrl('?ping_interval=100ms'), { Authorization: r.basic })
    expect(b.response.status).toBe(200)
    await publish(1)
    // Several ping intervals pass, measured by pings from a second, unstalled emulator.
    const other = await start()
    const watcher = await openStream(`${other.base}/projects/${other.project}/devices:stream?ping_interval=100ms`, { Authorization: other.basic })
    for (let i = 0; i < 3; i++) await watcher.next(isEvent('ping'))
    watcher.close()
    await other.close()
    expect(a.chunks.length).toBe(chunksAtStall)
    expect(b.chunks.length).toBe(0)
    await control('resume')
    await a.next(isEvent('ping'))
    await b.next(isEvent('ping'))
    await publish(2)
    expect((await a.next(isEvent('temperature'))).json.result.event.data.temperature.value).toBe(2)
    a.close()
    b.close()
  })

  it('inject writes a malformed line, an unknown event type or an error frame, then keeps streaming', async () => {
    for (const accept of ['application/json', 'text/event-stream']) {
      const s = await openStream(streamUrl(), { Authorization: r.basic, Accept: accept })
      expect((await control('inject', { kind: 'malformed' })).body).toEqual({ ok: true, written: 1 })
      const bad = await s.next()
      expect(bad.json).toBeUndefined()
      await control('inject', { kind: 'unknownEventType' })
      const unknown = await s.next()
      expect(unknown.json.result.event.eventType).toBe('lightLevel')
      expect(unknown.json.result.event.data.lightLevel.lux).toBeTypeOf('number')
      await control('inject', { kind: 'errorFrame', code: 503, message: 'try later' })
      expect((await s.next()).json).toEqual({ error: { code: 503, message: 'try later', details: [] } })
      await control('inject', { kind: 'errorFrame', code: 14 })
      expect((await s.next()).json.error.code).toBe(14)
      await publish(3)
      expect((await s.next()).json.result.event.eventType).toBe('temperature')
      s.close()
    }
    expect((await control('inject', { kind: 'gibberish' })).status).toBe(400)
  })

  it('respond answers the next n stream requests with a status, nested body and Retry-After', async () => {
    await control('respond', { status: 429, count: 2, retryAfter: 4, message: 'slow down' })
    for (let i = 0; i < 2; i++) {
      const res = await getJson(streamUrl(), r.basic)
      expect(res.status).toBe(429)
      expect(res.headers.get('retry-after')).toBe('4')
      expect(res.body).toEqual({ error: { code: 429, message: 'slow down', details: [] } })
    }
    const ok = await openStream(streamUrl(), { Authorization: r.basic })
    expect(ok.response.status).toBe(200)
    ok.close()
    await control('respond', { status: 401 })
    const unauth = await getJson(streamUrl(), r.basic)
    expect(unauth.status).toBe(401)
    expect(unauth.headers.get('retry-after')).toBeNull()
    const stats = (await getJson(`${r.origin}/control/stats`, undefined)).body
    expect(stats.streamRequestsByStatus).toEqual({ '429': 2, '200': 1, '401': 1 })
    expect((await control('respond', { status: 'x' })).status).toBe(400)
  })

  it('expire-tokens makes issued tokens 401 while open streams keep running', async () => {
    const auth = await bearer(r)
    const s = await openStream(streamUrl(), { Authorization: auth })
    expect((await control('expire-tokens')).body.expired).toBeGreaterThanOrEqual(1)
    expect((await getJson(`${r.base}/projects`, auth)).status).toBe(401)
    expect((await getJson(streamUrl(), auth)).status).toBe(401)
    await publish(4)
    await s.next(isEvent('temperature'))
    s.close()
  })

  it('settings change the stream length and token lifetime for new streams and tokens', async () => {
    const res = await control('settings', { maxStreamDurationMs: 200, tokenLifetimeS: 90 })
    expect(res.body).toEqual({ ok: true, maxStreamDurationMs: 200, tokenLifetimeS: 90 })
    const s = await openStream(streamUrl(), { Authorization: r.basic })
    expect((await s.next()).json.error.code).toBe(408)
    await s.waitForEnd()
    const token = await postJson(r.tokenUrl, undefined, {})
    expect(token.status).toBe(400)
    expect((await control('settings', { maxStreamDurationMs: -5 })).status).toBe(400)
    await control('settings', { maxStreamDurationMs: 3_600_000, tokenLifetimeS: 3600 })
  })

  it('stats counts requests, events sent and open streams; reset clears them', async () => {
    const s = await openStream(streamUrl(), { Authorization: r.basic })
    await publish(5)
    await s.next(isEvent('temperature'))
    await getJson(`${r.base}/projects/${r.project}/devices`, r.basic)
    await getJson(`${r.base}/projects/${r.project}/devices/${device}/events`, r.basic)
    const stats = (await getJson(`${r.origin}/control/stats`, undefined)).body
    expect(stats).toMatchObject({ openStreams: 1, eventsSent: 1, droppedSlowClients: 0, requests: { stream: 1, devices: 1, events: 1, publish: 1 } })
    expect(stats.streams).toEqual([expect.objectContaining({ format: 'ndjson', eventsSent: 1 })])
    await control('respond', { status: 500, count: 5 })
    await control('stall')
    await control('reset')
    const after = (await getJson(`${r.origin}/control/stats`, undefined)).body
    expect(after).toMatchObject({ eventsSent: 0, stalled: false, pendingResponses: 0, requests: { stream: 0, devices: 0 } })
    s.close()
  })

  it('answers unknown actions with 404 and wrong methods with 405', async () => {
    expect((await control('explode')).status).toBe(404)
    expect((await getJson(`${r.origin}/control/drop`, undefined)).status).toBe(405)
    expect((await postJson(`${r.origin}/control/stats`, undefined, {})).status).toBe(405)
  })
})

describe('without faults', () => {
  it('has no /control routes', async () => {
    const plain = await start()
    try {
      for (const path of ['/control/stats', '/control/drop']) {
        const res = await getJson(`${plain.origin}${path}`, undefined, { method: path.endsWith('stats') ? 'GET' : 'POST' })
        expect(res.status).toBe(404)
        expect(res.body.code).toBe(404)
      }
    } finally {
      await plain.close()
    }
  })
})
