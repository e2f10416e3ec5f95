import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { OTHER_PROJECT_ID } from './demo-credentials'
import { getJson, isEvent, openStream, start, until, type Running } from './test-support'

let r: Running
let temp: string
let door: string
beforeAll(async () => {
  r = await start()
  temp = r.emu.createDevice('temperature', { name: 'Freezer 3', zone: 'kitchen' }).id
  door = r.emu.createDevice('contact', { name: 'Dock door', zone: 'warehouse' }).id
})
afterAll(() => r.close())

const streamUrl = (query = '') => `${r.base}/projects/${r.project}/devices:stream${query}`

describe('stream framing', () => {
  it('sends NDJSON result lines as application/json without Accept', async () => {
    const s = await openStream(streamUrl(), { Authorization: r.basic })
    expect(s.response.status).toBe(200)
    expect(s.response.headers.get('content-type')).toBe('application/json')
    expect(s.response.headers.get('cache-control')).toBe('no-cache, no-transform')
    expect(s.response.headers.get('x-accel-buffering')).toBe('no')
    r.emu.publish(temp, 'temperature', { value: -18.5 })
    const m = await s.next(isEvent('temperature'))
    expect(Object.keys(m.json)).toEqual(['result'])
    expect(m.json.result.event).toMatchObject({ targetName: `projects/${r.project}/devices/${temp}`, eventType: 'temperature' })
    expect(m.json.result.event.data.temperature.value).toBe(-18.5)
    expect(m.json.result.event.eventId).toMatch(/^[0-9a-v]{20}$/)
    const text = s.chunks.join('')
    expect(text.endsWith('\n')).toBe(true)
    expect(text).not.toMatch(/\n\n|^\n/)
    s.close()
  })

  it('sends NDJSON for Accept: application/json too', async () => {
    const s = await openStream(streamUrl(), { Authorization: r.basic, Accept: 'application/json' })
    expect(s.response.headers.get('content-type')).toBe('application/json')
    s.close()
  })

  it('sends SSE data messages with Content-Type exactly text/event-stream', async () => {
    const s = await openStream(streamUrl(), { Authorization: r.basic, Accept: 'text/event-stream' })
    expect(s.response.headers.get('content-type')).toBe('text/event-stream')
    r.emu.publish(door, 'contact', { state: 'OPEN' })
    const m = await s.next(isEvent('contact'))
    expect(m.json.result.event.data.contact.state).toBe('OPEN')
    expect(s.chunks.join('')).toMatch(/^data: \{"result":\{"event":\{.*\}\}\}\n\n$/)
    s.close()
  })

  it('forgets a stream as soon as its client goes away', async () => {
    const s = await openStream(streamUrl('?ping_interval=100ms'), { Authorization: r.basic })
    await until(() => r.emu.openStreamCount() === 1)
    s.close()
    await until(() => r.emu.openStreamCount() === 0)
  })
})

describe('pings', () => {
  it('sends pings about every ping_interval, targeting the project', async () => {
    const s = await openStream(streamUrl('?ping_interval=0.2s'), { Authorization: r.basic })
    const pings = [await s.next(isEvent('ping')), await s.next(isEvent('ping')), await s.next(isEvent('ping')), await s.next(isEvent('ping'))]
    s.close()
    for (const p of pings) expect(p.json.result.event).toMatchObject({ eventType: 'ping', targetName: `projects/${r.project}`, data: null })
    expect(new Set(pings.map((p) => p.json.result.event.eventId)).size).toBe(4)
    for (let i = 1; i < pings.length; i++) {
      const gap = (pings[i]?.at ?? 0) - (pings[i - 1]?.at ?? 0)
      expect(gap).toBeGreaterThan(120)
      expect(gap).toBeLessThan(450)
    }
  })

  it('takes pingInterval, 500ms and clamps tiny values to the minimum', async () => {
    for (const q of ['?pingInterval=0.15s', '?ping_interval=150ms', '?ping_interval=1ms']) {
      const s = await openStream(streamUrl(q), { Authorization: r.basic })
      const a = await s.next(isEvent('ping'))
      const b = await s.next(isEvent('ping'))
      s.close()
      expect(b.at - a.at, q).toBeGreaterThan(70)
    }
  })

  it('sends no pings without ping_interval', async () => {
    const quiet = await openStream(streamUrl(), { Authorization: r.basic })
    const pinged = await openStream(streamUrl('?ping_interval=100ms'), { Authorization: r.basic })
    for (let i = 0; i < 3; i++) await pinged.next(isEvent('ping'))
    r.emu.publish(temp, 'touch', {})
    await quiet.next(isEvent('touch'))
    expect(quiet.messages.some(isEvent('ping'))).toBe(false)
    quiet.close()
    pinged.close()
  })

  it('rejects a malformed duration with a nested 400', async () => {
    const res = await getJson(streamUrl('?ping_interval=often'), r.basic)
    expect(res.status).toBe(400)
    expect(res.body.error.code).toBe(400)
    expect(res.body.error.message).toMatch(/ping_interval/)
    expect(res.body.error.details).toEqual([])
  })
})

describe('stream filters', () => {
  const product = '102094'
  const cases: Array<[string, string]> = [
    ['device_ids', '?device_ids=DOOR'],
    ['deviceIds', '?deviceIds=DOOR'],
    ['device_types', '?device_types=contact'],
    ['deviceTypes', '?deviceTypes=contact'],
    ['product_numbers', `?product_numbers=${product}`],
    ['productNumbers', `?productNumbers=${product}`],
    ['label_filters', '?label_filters=zone%3Dwarehouse'],
    ['labelFilters', '?labelFilters=name%3DDock%20door'],
    ['label_filters bare key', '?label_filters=zone&device_types=contact'],
    ['event_types', '?event_types=contact'],
    ['eventTypes', '?eventTypes=contact&eventTypes=motion'],
  ]
  for (const [name, query] of cases) {
    it(`passes only matching events with ${name}`, async () => {
      const s = await openStream(streamUrl(query.replace('DOOR', door)), { Authorization: r.basic })
      r.emu.publish(temp, 'temperature', { value: 3 })
      r.emu.publish(temp, 'touch', {})
      r.emu.publish(door, 'contact', { state: 'CLOSED' })
      const m = await s.next(isEvent())
      expect(m.json.result.event.targetName).toBe(`projects/${r.project}/devices/${door}`)
      expect(m.json.result.event.eventType).toBe('contact')
      s.close()
    })
  }

  it('rejects an unknown event type, naming it', async () => {
    const res = await getJson(streamUrl('?event_types=temperature&event_types=lightLevel'), r.basic)
    expect(res.status).toBe(400)
    expect(res.body.error.message).toMatch(/"lightLevel"/)
  })
})

describe('errors before the stream starts', () => {
  it('answers nested bodies with the HTTP status', async () => {
    const unauth = await getJson(streamUrl(), undefined)
    expect(unauth.status).toBe(401)
    expect(unauth.body).toEqual({ error: { code: 401, message: expect.any(String), details: [] } })
    const missing = await getJson(`${r.base}/projects/c0n0suchpr0ject00000/devices:stream`, r.basic)
    expect(missing.status).toBe(404)
    expect(missing.body.error.code).toBe(404)
    const forbidden = await getJson(`${r.base}/projects/${OTHER_PROJECT_ID}/devices:stream`, r.basic)
    expect(forbidden.status).toBe(403)
    expect(forbidden.body.error.code).toBe(403)
  })
})

describe('maximum stream duration', () => {
  const layouts = [
    ['code', { error: { code: 408, message: 'closing stream', details: [] } }],
    ['grpc', { error: { code: 1, message: 'closing stream', details: [] } }],
    ['legacy', { error: { grpcCode: 1, httpCode: 408, message: 'closing stream', httpStatus: 'Request Timeout', details: [] } }],
  ] as const
  for (const [layout, frame] of layouts) {
    it(`ends with the ${layout} error frame, then a clean end`, async () => {
      const short = await start({ maxStreamDurationMs: 250, errorFrameLayout: layout })
      try {
        for (const accept of ['application/json', 'text/event-stream']) {
          const s = await openStream(`${short.base}/projects/${short.project}/devices:stream`, { Authorization: short.basic, Accept: accept })
          const m = await s.next((x) => x.json?.error !== undefined)
          expect(m.json).toEqual(frame)
          await s.waitForEnd()
          expect(s.failed).toBe(false)
          expect(s.messages.at(-1)).toBe(m)
        }
        await until(() => short.emu.openStreamCount() === 0)
      } finally {
        await short.close()
      }
    })
  }
})
