import { describe, expect, it } from 'vitest'
import type { DtEvent, EventQuery } from '../../dt'
import { ev } from '../../store/test-events'
import type { HistoryAccess } from './history-access'
import { createHistoryLoader, HistoryLoadError } from './history-loader'

const T = 1_700_000_000_000

type Reply = { ok: true; value: { items: DtEvent[]; nextPageToken: string; skipped: string[] } } | { ok: false; error: { status: number; message: string } }

/** A fake session: the REST client answers from `replies` in order; the limiter counts grants. */
function fakeAccess(replies: Reply[], options: { gate?: Promise<void> } = {}) {
  const calls: Array<{ deviceId: string; q: EventQuery }> = []
  let acquired = 0
  const priorities: Array<string | undefined> = []
  const access: HistoryAccess = {
    projectId: 'p1',
    limiter: {
      acquire: async (_signal, priority) => {
        acquired++
        priorities.push(priority)
      },
    },
    rest: {
      listEventsPage: async (_p, deviceId, q = {}, signal) => {
        calls.push({ deviceId, q })
        await options.gate
        if (signal?.aborted) return { ok: false, error: { status: 0, message: 'aborted' } }
        const r = replies.shift()
        if (!r) throw new Error('no more replies')
        return r
      },
    },
  }
  return { access, calls, priorities, acquired: () => acquired }
}

const page = (items: DtEvent[], nextPageToken = ''): Reply => ({ ok: true, value: { items, nextPageToken, skipped: [] } })
const temps = (fromSec: number, n: number) => Array.from({ length: n }, (_, i) => ev('temperature', 'd1', T - (fromSec + i) * 1000, { value: 20 + fromSec + i }))

describe('history loader', () => {
  it('follows pages newest first through the rate limiter and builds the series oldest first', async () => {
    const f = fakeAccess([page(temps(0, 3), 'p2'), page(temps(3, 2))])
    const loader = createHistoryLoader(f.access, { now: () => T })
    const data = await loader.load('d1', '6h', ['temperature'])
    expect(f.calls.map((c) => c.q.pageToken)).toEqual([undefined, 'p2'])
    expect(f.calls[0]?.q).toMatchObject({ eventTypes: ['temperature'], startTime: T - 6 * 3_600_000, endTime: T, pageSize: 1000 })
    expect(f.acquired()).toBe(2)
    // Someone waits at the screen: ahead of the prefill and gap fill in the tab's shared limiter.
    expect(f.priorities).toEqual(['interactive', 'interactive'])
    expect(data).toMatchObject({ events: 5, pages: 2, truncated: false, from: T - 6 * 3_600_000, to: T })
    const snap = data.record.series.temperature?.snapshot()
    expect(snap?.times).toEqual([T - 4000, T - 3000, T - 2000, T - 1000, T])
    expect(snap?.values).toEqual([24, 23, 22, 21, 20])
  })

  it('serves a (device, range) from the cache for a minute, also to shorter ranges, then loads again', async () => {
    let now = T
    const f = fakeAccess([page(temps(0, 2)), page(temps(0, 1))])
    const loader = createHistoryLoader(f.access, { now: () => now })
    const first = await loader.load('d1', '24h', ['temperature'])
    now += 59_000
    expect(await loader.load('d1', '24h', ['temperature'])).toBe(first)
    expect(await loader.load('d1', '1h', ['temperature'])).toBe(first)
    expect(loader.peek('d1', '6h')).toBe(first)
    expect(f.calls).toHaveLength(1)
    now += 2_000
    expect(loader.peek('d1', '24h')).toBeUndefined()
    const again = await loader.load('d1', '24h', ['temperature'])
    expect(again).not.toBe(first)
    expect(f.calls).toHaveLength(2)
  })

  it('answers from the cache only when the cached window has every event type asked for', async () => {
    const f = fakeAccess([page(temps(0, 2)), page(temps(0, 3)), page([])])
    const loader = createHistoryLoader(f.access, { now: () => T })
    // Compared for its temperature alone, then opened itself: the full load must still happen.
    const narrow = await loader.load('d1', '1h', ['humidity'])
    expect(loader.peek('d1', '1h', ['humidity', 'co2'])).toBeUndefined()
    const full = await loader.load('d1', '1h', ['co2', 'humidity'])
    expect(full).not.toBe(narrow)
    expect(f.calls[1]?.q.eventTypes).toEqual(['co2', 'humidity'])
    // The full window now also answers the narrow question, as does any type subset.
    expect(loader.peek('d1', '1h', ['humidity'])).toBeDefined()
    expect(await loader.load('d1', '1h', ['co2'])).toBeDefined()
    expect(f.calls).toHaveLength(2)
  })

  it('shares one fetch between concurrent requests and aborts it only when all of them gave up', async () => {
    let open!: () => void
    const f = fakeAccess([page(temps(0, 1))], { gate: new Promise<void>((r) => (open = r)) })
    const loader = createHistoryLoader(f.access, { now: () => T })
    const a = new AbortController()
    const b = new AbortController()
    const pa = loader.load('d1', '1h', ['temperature'], a.signal)
    const pb = loader.load('d1', '1h', ['temperature'], b.signal)
    a.abort()
    await expect(pa).rejects.toMatchObject({ name: 'AbortError' })
    open()
    await expect(pb).resolves.toMatchObject({ events: 1 })
    expect(f.calls).toHaveLength(1)
  })

  it('reports errors with a readable message and does not cache them', async () => {
    const f = fakeAccess([{ ok: false, error: { status: 403, message: 'forbidden' } }, page(temps(0, 1))])
    const loader = createHistoryLoader(f.access, { now: () => T })
    const failed = loader.load('d1', '1h', ['temperature'])
    await expect(failed).rejects.toBeInstanceOf(HistoryLoadError)
    await expect(failed).rejects.toThrow(/Not allowed/)
    await expect(loader.load('d1', '1h', ['temperature'])).resolves.toMatchObject({ events: 1 })
  })

  it('waits and retries a 429, and stops at the page cap', async () => {
    const waits: number[] = []
    const f = fakeAccess([{ ok: false, error: { status: 429, message: 'slow down' } }, page(temps(0, 1), 'a'), page(temps(1, 1), 'b')])
    const loader = createHistoryLoader(f.access, { now: () => T, maxPages: 2, sleep: async (ms) => void waits.push(ms) })
    const data = await loader.load('d1', '1h', ['temperature'])
    expect(waits).toEqual([5000])
    expect(data).toMatchObject({ pages: 2, truncated: true })
  })

  it('aborts in-flight loads when the session stops', async () => {
    const session = new AbortController()
    let open!: () => void
    const f = fakeAccess([page(temps(0, 1))], { gate: new Promise<void>((r) => (open = r)) })
    const loader = createHistoryLoader({ ...f.access, signal: session.signal }, { now: () => T })
    const p = loader.load('d1', '1h', ['temperature'])
    session.abort()
    open()
    await expect(p).rejects.toMatchObject({ name: 'AbortError' })
  })
})
