// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest'
import { createDtRestClient, type DecodedPage, type DtEvent, type RestResult } from '../dt'
import { sseData } from './testing/fake-sse'
import { setupClient } from './testing/harness'
import { decoded, pingLine, resultLine, wireEvent } from './testing/wire'
import type { HistoryFetcher, HistoryQuery } from './types'

const page = (items: DtEvent[], nextPageToken = ''): RestResult<DecodedPage<DtEvent>> => ({ ok: true, value: { items, nextPageToken, skipped: [] } })

describe('stream client: events', () => {
  it('counts malformed lines and error frames without throwing, and keeps streaming', async () => {
    const t = setupClient()
    t.client.start()
    await t.clock.advance(0)
    const req = t.server.last()
    req.send('data: {oops\n\n')
    req.send(sseData({ neither: true }))
    req.send(sseData(resultLine('e1', t.clock.now())))
    await t.clock.advance(100)
    expect(t.client.getStatus()).toMatchObject({ state: 'live', totals: { malformed: 2, events: 1 } })
    expect(t.client.getStatus().lastMalformed).toContain('expected "result" or "error"')
    expect(t.delivered()).toEqual(['e1'])
    req.send(sseData({ error: { grpcCode: 14, httpCode: 503, message: 'unavailable', httpStatus: 'Service Unavailable', details: [] } }))
    await t.clock.advance(0)
    expect(t.client.getStatus()).toMatchObject({ state: 'reconnecting', totals: { errorFrames: 1 }, lastErrorFrame: 'unavailable' })
  })

  it('delivers unknown event types and counts them', async () => {
    const t = setupClient()
    t.client.start()
    await t.clock.advance(0)
    t.server.last().send(sseData(resultLine('u1', t.clock.now(), 'dev1', 'soilMoisture')))
    await t.clock.advance(100)
    const event = t.batches[0]?.events[0]
    expect(event).toMatchObject({ eventType: 'unknown', rawEventType: 'soilMoisture', eventId: 'u1' })
    expect(t.client.getStatus().totals).toMatchObject({ events: 1, unknownTypes: 1 })
  })

  it('delivers each eventId once', async () => {
    const t = setupClient()
    t.client.start()
    await t.clock.advance(0)
    const line = sseData(resultLine('e1', t.clock.now()))
    t.server.last().send(line + line + sseData(resultLine('e2', t.clock.now())) + line)
    await t.clock.advance(100)
    expect(t.delivered()).toEqual(['e1', 'e2'])
    expect(t.client.getStatus().totals.events).toBe(2)
  })

  it('delivers in batches: one per interval, at once when large, bounded when held', async () => {
    const t = setupClient({ batch: { intervalMs: 50, maxSize: 4 } })
    t.client.start()
    await t.clock.advance(0)
    const now = t.clock.now()
    t.server.last().send(Array.from({ length: 6 }, (_, i) => sseData(resultLine(`e${i}`, now))).join(''))
    await t.clock.advance(0)
    expect(t.batches.map((b) => b.events.length)).toEqual([4])
    await t.clock.advance(50)
    expect(t.batches.map((b) => b.events.length)).toEqual([4, 2])
    expect(t.batches.every((b) => b.origin === 'stream')).toBe(true)

    const capped = setupClient({ batch: { maxSize: 1000, maxPending: 3 } })
    capped.client.start()
    await capped.clock.advance(0)
    capped.server.last().send(Array.from({ length: 5 }, (_, i) => sseData(resultLine(`e${i}`, now))).join(''))
    await capped.clock.advance(100)
    expect(capped.delivered()).toEqual(['e2', 'e3', 'e4'])
    expect(capped.client.getStatus().totals.dropped).toBe(2)
  })

  it('flushes held events the moment the tab becomes visible', async () => {
    const t = setupClient({ batch: { intervalMs: 60_000 } })
    t.client.start()
    await t.clock.advance(0)
    t.server.last().send(sseData(resultLine('e1', t.clock.now())))
    await t.clock.advance(100)
    expect(t.batches).toHaveLength(0)
    t.environment.emit('visible')
    expect(t.delivered()).toEqual(['e1'])
  })

  it('counts a throwing consumer as drops and keeps going', async () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const t = setupClient({ onEvents: () => { throw new Error('store bug') } })
    t.client.start()
    await t.clock.advance(0)
    t.server.last().send(sseData(resultLine('e1', t.clock.now())))
    await t.clock.advance(600)
    expect(t.client.getStatus()).toMatchObject({ state: 'live', totals: { dropped: 1 } })
    expect(consoleError).toHaveBeenCalled()
    consoleError.mockRestore()
  })

  it('throttles counter-only status updates and reports events per second', async () => {
    const t = setupClient()
    t.client.start()
    await t.clock.advance(0)
    const before = t.statuses.length
    for (let i = 0; i < 100; i++) {
      t.server.last().send(sseData(resultLine(`e${i}`, t.clock.now())))
      await t.clock.advance(50)
    }
    const published = t.statuses.length - before
    expect(published).toBeLessThanOrEqual(12)
    expect(published).toBeGreaterThanOrEqual(8)
    expect(t.client.getStatus().eventsPerSecond).toBeCloseTo(20, 0)
    expect(Object.isFrozen(t.statuses.at(-1))).toBe(true)
    expect(t.statuses.at(-1)?.lastEventAt).toBeGreaterThan(t.clock.now() - 600)
  })
})

describe('stream client: gap fill', () => {
  function setupGap(fetchHistory: HistoryFetcher) {
    return setupClient({ fetchHistory, devicesForGapFill: () => ['dev1', 'dev2'] })
  }

  it('backfills the gap after a reconnect for the shown devices, deduped against the stream', async () => {
    const calls: Array<{ deviceId: string; query: HistoryQuery }> = []
    const t = setupGap(async (deviceId, query) => {
      calls.push({ deviceId, query })
      if (deviceId === 'dev2') return page([decoded('h2', query.endTime - 6000, 'dev2')])
      if (!query.pageToken) return page([decoded('e1', query.startTime + 1, 'dev1'), decoded('h1a', query.endTime - 7000, 'dev1')], 'next')
      return page([decoded('h1b', query.endTime - 8000, 'dev1')])
    })
    t.client.start()
    await t.clock.advance(0)
    expect(calls).toHaveLength(0)
    const lastSeen = t.clock.now()
    t.server.last().send(sseData(resultLine('e1', lastSeen)))
    await t.clock.advance(100)
    t.server.last().fail()
    await t.clock.advance(0)
    const reopenedAt = t.client.getStatus().nextRetryAt ?? 0
    await t.clock.advance(reopenedAt - t.clock.now())
    expect(t.client.getStatus().state).toBe('live')
    expect(t.server.requests).toHaveLength(2)
    expect(calls.map((c) => `${c.deviceId}:${c.query.pageToken ?? ''}`).sort()).toEqual(['dev1:', 'dev1:next', 'dev2:'])
    expect(calls[0]?.query.startTime).toBe(lastSeen - 5000)
    expect(calls[0]?.query.endTime).toBe(reopenedAt + 5000)
    expect(t.delivered('history').sort()).toEqual(['h1a', 'h1b', 'h2'])
    expect(t.delivered('stream')).toEqual(['e1'])
    expect(t.client.getStatus().gapFill).toMatchObject({ state: 'done', devicesDone: 2, devicesTotal: 2, eventsMerged: 3, errors: [] })

    t.server.last().send(sseData(resultLine('h2', lastSeen)) + sseData(resultLine('e9', lastSeen)))
    await t.clock.advance(100)
    expect(t.delivered('stream')).toEqual(['e1', 'e9'])
  })

  it('does not backfill on the first connection or after a connection that never delivered', async () => {
    const fetchHistory = vi.fn<HistoryFetcher>(async () => page([]))
    const t = setupGap(fetchHistory)
    t.client.start()
    await t.clock.advance(0)
    t.server.last().close()
    await t.clock.advance(1000)
    expect(t.server.requests).toHaveLength(2)
    expect(fetchHistory).not.toHaveBeenCalled()
  })

  it('stays within the rate limit across many devices', async () => {
    const at: number[] = []
    const t = setupClient({
      fetchHistory: async () => {
        at.push(t.clock.now())
        return page([])
      },
      devicesForGapFill: () => Array.from({ length: 60 }, (_, i) => `d${i}`),
    })
    t.client.start()
    await t.clock.advance(0)
    t.server.last().send(sseData(pingLine('p1', t.clock.now())))
    await t.clock.advance(0)
    t.server.last().close()
    await t.clock.advance(250)
    expect(at).toHaveLength(25)
    for (let i = 0; i < 6; i++) {
      t.server.last().send(sseData(pingLine(`p${i + 2}`, t.clock.now())))
      await t.clock.advance(5000)
    }
    expect(at).toHaveLength(60)
    for (const a of at) expect(at.filter((b) => b >= a && b < a + 5000).length).toBeLessThanOrEqual(25)
    expect(t.client.getStatus().gapFill).toMatchObject({ state: 'done', devicesDone: 60 })
  })

  it('with pauseWhenHidden, catches up from history on return', async () => {
    const fetchHistory = vi.fn<HistoryFetcher>(async () => page([decoded('h1', 1, 'dev1')]))
    const t = setupClient({ pauseWhenHidden: true, fetchHistory, devicesForGapFill: () => ['dev1'] })
    t.client.start()
    await t.clock.advance(0)
    const seen = t.clock.now()
    t.server.last().send(sseData(resultLine('e1', seen)))
    await t.clock.advance(100)
    t.environment.emit('hidden')
    await t.clock.advance(3_600_000)
    expect(fetchHistory).not.toHaveBeenCalled()
    t.environment.emit('visible')
    await t.clock.advance(0)
    expect(fetchHistory).toHaveBeenCalledTimes(1)
    expect(fetchHistory.mock.calls[0]?.[1]).toMatchObject({ startTime: seen - 5000, endTime: t.clock.now() + 5000 })
    expect(t.delivered('history')).toEqual(['h1'])
  })

  it('aborts a running fill on stop and leaves nothing behind', async () => {
    const signals: AbortSignal[] = []
    const t = setupGap((_id, _q, signal) => {
      signals.push(signal)
      return new Promise(() => undefined)
    })
    t.client.start()
    await t.clock.advance(0)
    t.server.last().send(sseData(resultLine('e1', t.clock.now())))
    await t.clock.advance(100)
    t.server.last().close()
    await t.clock.advance(250)
    expect(signals).toHaveLength(2)
    expect(t.client.getStatus().gapFill?.state).toBe('running')
    t.client.stop()
    expect(signals.every((s) => s.aborted)).toBe(true)
    expect(t.client.getStatus()).toMatchObject({ state: 'stopped', gapFill: { state: 'aborted' } })
    await t.clock.advance(0)
    expect(t.clock.pending()).toBe(0)
  })

  it('wires to DtRestClient.listEventsPage as the app will', async () => {
    const urls: URL[] = []
    const rest = createDtRestClient({
      baseUrl: '/api/v2',
      authorization: async () => 'Bearer r',
      fetch: async (input) => {
        urls.push(new URL(String(input), 'http://localhost'))
        const body = { events: [wireEvent('h1', Date.UTC(2025, 2, 11, 9), 'dev1')], nextPageToken: '' }
        return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } })
      },
    })
    const t = setupClient({
      fetchHistory: (deviceId, query, signal) => rest.listEventsPage('p1', deviceId, { ...query, pageSize: 1000 }, signal),
      devicesForGapFill: () => ['dev1'],
    })
    t.client.start()
    await t.clock.advance(0)
    t.server.last().send(sseData(resultLine('e1', t.clock.now())))
    await t.clock.advance(100)
    t.server.last().close()
    await t.clock.advance(250)
    expect(urls).toHaveLength(1)
    expect(urls[0]?.pathname).toBe('/api/v2/projects/p1/devices/dev1/events')
    expect(urls[0]?.searchParams.get('start_time')).toMatch(/^2025-03-11T08:59:55\.\d{3}Z$/)
    expect(urls[0]?.searchParams.get('page_size')).toBe('1000')
    expect(t.delivered('history')).toEqual(['h1'])
  })
})
