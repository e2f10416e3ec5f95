import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { HistoryBuffer } from './history'
import { getJson, start, type Json, type Running } from './test-support'

const HOUR = 3_600_000
const T0 = Date.parse('2025-03-11T12:00:00Z')
let clock = T0
let r: Running
let id: string

beforeAll(async () => {
  r = await start({ now: () => clock, historyWindowMs: 48 * HOUR })
  id = r.emu.createDevice('temperature', { name: 'Fridge' }).id
  // One temperature and one touch per hour for 30 hours, oldest first.
  for (let h = 30; h >= 1; h--) {
    clock = T0 - h * HOUR
    r.emu.publish(id, 'temperature', { value: h })
    r.emu.publish(id, 'touch', {})
  }
  clock = T0
})
afterAll(() => r.close())

const eventsUrl = (q = '') => `${r.base}/projects/${r.project}/devices/${id}/events${q}`
const values = (body: Json): number[] => body.events.filter((e: Json) => e.eventType === 'temperature').map((e: Json) => e.data.temperature.value)

describe('event history', () => {
  it('returns the last 24 h by default, newest first', async () => {
    const res = await getJson(eventsUrl('?event_types=temperature'), r.basic)
    expect(values(res.body)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1))
    expect(res.body.nextPageToken).toBe('')
    const times = res.body.events.map((e: Json) => Date.parse(e.timestamp))
    expect([...times].sort((a, b) => b - a)).toEqual(times)
  })

  it('filters by event type in both spellings', async () => {
    const touch = await getJson(eventsUrl('?eventTypes=touch'), r.basic)
    expect(touch.body.events.every((e: Json) => e.eventType === 'touch')).toBe(true)
    expect(touch.body.events).toHaveLength(24)
    const both = await getJson(eventsUrl('?event_types=touch&eventTypes=temperature'), r.basic)
    expect(both.body.events).toHaveLength(48)
  })

  it('takes start and end times in both spellings', async () => {
    const q = `?start_time=2025-03-11T02:00:00Z&endTime=2025-03-11T05:00:00Z&event_types=temperature`
    expect(values((await getJson(eventsUrl(q), r.basic)).body)).toEqual([7, 8, 9, 10])
    const older = await getJson(eventsUrl('?startTime=2025-03-10T05:30:00%2B00:00&event_types=temperature'), r.basic)
    expect(values(older.body)).toHaveLength(30)
  })

  it('pages newest first with tokens until ""', async () => {
    const seen: number[] = []
    let token = ''
    do {
      const res = await getJson(eventsUrl(`?event_types=temperature&page_size=10${token ? `&page_token=${token}` : ''}`), r.basic)
      seen.push(...values(res.body))
      token = res.body.nextPageToken
    } while (token)
    expect(seen).toEqual(Array.from({ length: 24 }, (_, i) => i + 1))
  })

  it('keeps a page cursor valid while new events arrive', async () => {
    const first = await getJson(eventsUrl('?event_types=temperature&pageSize=5'), r.basic)
    r.emu.publish(id, 'temperature', { value: 0 })
    const second = await getJson(eventsUrl(`?event_types=temperature&pageSize=5&pageToken=${first.body.nextPageToken}`), r.basic)
    expect(values(second.body)).toEqual([6, 7, 8, 9, 10])
  })

  it('rejects bad times, unknown types and forged tokens', async () => {
    const bad = await getJson(eventsUrl('?start_time=yesterday'), r.basic)
    expect(bad.status).toBe(400)
    expect(bad.body.error).toMatch(/start_time must be an RFC 3339 time/)
    expect((await getJson(eventsUrl('?start_time=2025-03-11T05:00:00Z&end_time=2025-03-11T04:00:00Z'), r.basic)).status).toBe(400)
    const type = await getJson(eventsUrl('?event_types=waterDetected'), r.basic)
    expect(type.status).toBe(400)
    expect(type.body.error).toMatch(/"waterDetected"/)
    expect((await getJson(eventsUrl(`?page_token=${Buffer.from('devices:3').toString('base64url')}`), r.basic)).status).toBe(400)
  })

  it('404s an unknown device', async () => {
    expect((await getJson(`${r.base}/projects/${r.project}/devices/c0n0suchdev1ce000000/events`, r.basic)).status).toBe(404)
  })
})

describe('HistoryBuffer', () => {
  const event = (time: number) => ({ eventType: 'touch', time }) as never
  it('keeps at most its cap and drops events older than the window', () => {
    const h = new HistoryBuffer(10)
    for (let i = 0; i < 100; i++) h.push(i + 1, event(i), 0)
    expect(h.size).toBeLessThanOrEqual(13)
    expect(h.query({ start: 0, end: 1000, limit: 100 }).events.map((e) => e.time)).toEqual([99, 98, 97, 96, 95, 94, 93, 92, 91, 90, 89, 88, 87].slice(0, h.size))
    h.push(101, event(200), 150)
    expect(h.size).toBe(1)
  })
})
