import { describe, expect, it } from 'vitest'
import type { DecodedPage, DtEvent, RestResult } from '../dt'
import { createEventDeduper } from './event-deduper'
import { fillGap, type GapFillerOptions } from './gap-filler'
import { createRateLimiter } from './rate-limiter'
import { createFakeClock, settle } from './testing/fake-clock'
import { decoded } from './testing/wire'
import type { GapFillStatus, HistoryQuery } from './types'

const page = (items: DtEvent[], nextPageToken = ''): RestResult<DecodedPage<DtEvent>> => ({ ok: true, value: { items, nextPageToken, skipped: [] } })

function setup(pagesPerDevice: number, perPage: number, options: Partial<GapFillerOptions> = {}) {
  const clock = createFakeClock()
  const calls: Array<{ deviceId: string; query: HistoryQuery; at: number }> = []
  const deduper = createEventDeduper()
  const delivered: string[] = []
  const progress: GapFillStatus[] = []
  const fetchHistory: GapFillerOptions['fetchHistory'] = async (deviceId, query) => {
    calls.push({ deviceId, query, at: clock.now() })
    const n = query.pageToken ? Number(query.pageToken) : 0
    const items = Array.from({ length: perPage }, (_, i) => decoded(`${deviceId}-${n}-${i}`, query.endTime - n * 1000 - i, deviceId))
    return page(items, n + 1 < pagesPerDevice ? String(n + 1) : '')
  }
  const opts: GapFillerOptions = { fetchHistory, rateLimiter: createRateLimiter({ timers: clock.timers }), timers: clock.timers, random: () => 0.5, ...options }
  const callbacks = {
    deliver: (events: DtEvent[]) => {
      const fresh = events.filter((e) => deduper.add(e.eventId))
      delivered.push(...fresh.map((e) => e.eventId))
      return fresh.length
    },
    progress: (s: GapFillStatus) => void progress.push(s),
  }
  return { clock, calls, deduper, delivered, progress, opts, callbacks }
}

const devices = (n: number) => Array.from({ length: n }, (_, i) => `d${i}`)

describe('fillGap', () => {
  it('follows every page of every device and reports progress', async () => {
    const t = setup(3, 2)
    const result = await fillGap({ from: 1000, to: 9000, deviceIds: ['a', 'b'] }, t.opts, t.callbacks, new AbortController().signal)
    expect(t.calls.map((c) => `${c.deviceId}:${c.query.pageToken ?? ''}`).sort()).toEqual(['a:', 'a:1', 'a:2', 'b:', 'b:1', 'b:2'])
    expect(t.calls.every((c) => c.query.startTime === 1000 && c.query.endTime === 9000)).toBe(true)
    expect(result).toMatchObject({ state: 'done', devicesDone: 2, devicesTotal: 2, eventsMerged: 12, errors: [], truncated: false })
    expect(t.progress[0]?.state).toBe('running')
  })

  it('stays within 25 requests per 5 s', async () => {
    const t = setup(2, 1)
    const done = fillGap({ from: 0, to: 1, deviceIds: devices(40) }, t.opts, t.callbacks, new AbortController().signal)
    await t.clock.advance(20_000)
    await expect(done).resolves.toMatchObject({ state: 'done', devicesDone: 40 })
    expect(t.calls).toHaveLength(80)
    for (const c of t.calls) expect(t.calls.filter((d) => d.at >= c.at && d.at < c.at + 5000).length).toBeLessThanOrEqual(25)
    expect(t.calls[25]?.at).toBeGreaterThanOrEqual(t.calls[0]!.at + 5000)
  })

  it('is bounded in devices, pages and events, and says so', async () => {
    const few = setup(50, 1)
    const r1 = await fillGap({ from: 0, to: 1, deviceIds: devices(5) }, { ...few.opts, maxDevices: 2, maxPagesPerDevice: 3 }, few.callbacks, new AbortController().signal)
    expect(few.calls).toHaveLength(6)
    expect(r1).toMatchObject({ devicesTotal: 2, truncated: true })

    const many = setup(10, 10)
    const r2 = await fillGap({ from: 0, to: 1, deviceIds: devices(3) }, { ...many.opts, maxEvents: 25, concurrency: 1 }, many.callbacks, new AbortController().signal)
    expect(many.delivered).toHaveLength(25)
    expect(many.calls).toHaveLength(3)
    expect(r2).toMatchObject({ truncated: true, eventsMerged: 25 })
  })

  it('merges only events the consumer has not seen (dedupe against the stream)', async () => {
    const t = setup(1, 3)
    t.deduper.add('a-0-1')
    const r = await fillGap({ from: 0, to: 1, deviceIds: ['a'] }, t.opts, t.callbacks, new AbortController().signal)
    expect(t.delivered).toEqual(['a-0-0', 'a-0-2'])
    expect(r.eventsMerged).toBe(2)
  })

  it('applies the accept filter', async () => {
    const t = setup(1, 3)
    await fillGap({ from: 0, to: 1, deviceIds: ['a'], accept: (e) => e.eventId.endsWith('2') }, t.opts, t.callbacks, new AbortController().signal)
    expect(t.delivered).toEqual(['a-0-2'])
  })

  it('retries a failing page a bounded number of times, then records the error and goes on', async () => {
    const t = setup(1, 1)
    let failures = 0
    const fetchHistory: GapFillerOptions['fetchHistory'] = async (deviceId, q, signal) => {
      if (deviceId === 'bad') {
        failures++
        return { ok: false, error: { status: 503, message: 'unavailable' } }
      }
      return t.opts.fetchHistory(deviceId, q, signal)
    }
    const done = fillGap({ from: 0, to: 1, deviceIds: ['bad', 'good'] }, { ...t.opts, fetchHistory, concurrency: 1 }, t.callbacks, new AbortController().signal)
    await t.clock.advance(10_000)
    const r = await done
    expect(failures).toBe(3)
    expect(r).toMatchObject({ state: 'done', devicesDone: 2, errors: ['bad: unavailable (HTTP 503)'] })
    expect(t.delivered).toEqual(['good-0-0'])
  })

  it('stops at once when aborted, leaving no timer', async () => {
    const t = setup(5, 1)
    const controller = new AbortController()
    const done = fillGap({ from: 0, to: 1, deviceIds: devices(100) }, t.opts, t.callbacks, controller.signal)
    await settle()
    expect(t.calls.length).toBe(25)
    controller.abort()
    await expect(done).resolves.toMatchObject({ state: 'aborted' })
    await t.clock.advance(60_000)
    expect(t.calls.length).toBe(25)
    expect(t.clock.pending()).toBe(0)
  })
})
