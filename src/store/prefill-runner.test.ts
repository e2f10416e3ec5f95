import { describe, expect, it } from 'vitest'
import type { DtEvent } from '../dt'
import type { PrefillItem, PrefillPlan } from './history-prefill'
import { RetryLater, runPrefill, type HistoryPage, type PrefillRunnerOptions } from './prefill-runner'
import type { HistoryProgress } from './store-state'
import { ev } from './test-events'

const plan = (ids: string[]): PrefillPlan => ({
  startTime: 0,
  endTime: 3_600_000,
  items: ids.map((deviceId) => ({ deviceId, projectId: 'p1', eventTypes: ['temperature'] })),
})

function harness(fetch: (item: PrefillItem, token?: string) => HistoryPage | Error, options: Partial<PrefillRunnerOptions> = {}) {
  let clock = 0
  // Fake sleep: the driver below wakes sleepers in time order, so no test ever waits for real.
  const sleepers: { at: number; resolve: () => void }[] = []
  const requests: { id: string; token?: string; at: number }[] = []
  const applied: { events: readonly DtEvent[]; origin: string; deviceId: string }[] = []
  const progress: HistoryProgress[] = []
  const promise = runPrefill({
    plan: plan(['a', 'b', 'c']),
    fetchPage: async (item, _range, token) => {
      requests.push({ id: item.deviceId, token, at: clock })
      const r = fetch(item, token)
      if (r instanceof Error) throw r
      return r
    },
    applyBatch: (events, origin) => applied.push({ events, origin, deviceId: events[0]?.eventType === 'ping' ? '' : (events[0]?.deviceId ?? '') }),
    now: () => clock,
    sleep: (ms) => new Promise<void>((resolve) => sleepers.push({ at: clock + ms, resolve })),
    onProgress: (p) => progress.push(p),
    ...options,
  })
  let done = false
  void promise.finally(() => (done = true))
  async function drive(): Promise<HistoryProgress> {
    for (;;) {
      await new Promise((resolve) => setImmediate(resolve))
      sleepers.sort((a, b) => a.at - b.at)
      const next = sleepers.shift()
      if (done || !next) return promise
      clock = Math.max(clock, next.at)
      next.resolve()
    }
  }
  return { run: drive(), requests, applied, progress }
}

const page = (id: string, n: number, nextPageToken = ''): HistoryPage => ({
  events: Array.from({ length: n }, (_, i) => ev('temperature', id, 1000 + i, { value: i })),
  nextPageToken,
})

describe('runPrefill', () => {
  it('fetches every device, follows pages, and applies each device once as history', async () => {
    const h = harness((item, token) => (item.deviceId === 'b' && !token ? page('b', 2, 'next') : page(item.deviceId, 1)))
    const result = await h.run
    expect(result).toEqual({ status: 'ready', done: 3, total: 3, failed: 0 })
    expect(h.requests.filter((r) => r.id === 'b').map((r) => r.token)).toEqual([undefined, 'next'])
    expect(h.applied).toHaveLength(3)
    expect(h.applied.every((a) => a.origin === 'history')).toBe(true)
    expect(h.applied.find((a) => a.deviceId === 'b')?.events).toHaveLength(3)
    expect(h.progress.at(-1)).toEqual(result)
    expect(h.progress[0]).toMatchObject({ status: 'loading', done: 0, total: 3 })
  })

  it('keeps within the rate budget', async () => {
    const budget = { requests: 2, windowMs: 1000 }
    const h = harness((item) => page(item.deviceId, 1), { budget, plan: plan(['a', 'b', 'c', 'd', 'e']), concurrency: 4 })
    await h.run
    const times = h.requests.map((r) => r.at).sort((x, y) => x - y)
    expect(times).toHaveLength(5)
    expect(times.at(-1)).toBeGreaterThanOrEqual(2 * budget.windowMs)
    for (let i = budget.requests; i < times.length; i++) {
      expect((times[i] ?? 0) - (times[i - budget.requests] ?? 0)).toBeGreaterThanOrEqual(budget.windowMs)
    }
  })

  it('fetches in plan order with one worker', async () => {
    const h = harness((item) => page(item.deviceId, 1), { concurrency: 1 })
    await h.run
    expect(h.requests.map((r) => r.id)).toEqual(['a', 'b', 'c'])
  })

  it('counts a failing device and goes on; retries after RetryLater', async () => {
    let limited = 0
    const h = harness((item) => {
      if (item.deviceId === 'a') return new Error('HTTP 500')
      if (item.deviceId === 'b' && limited++ === 0) return new RetryLater(4000)
      return page(item.deviceId, 1)
    })
    const result = await h.run
    expect(result).toEqual({ status: 'ready', done: 3, total: 3, failed: 1 })
    expect(h.applied.map((a) => a.deviceId).sort()).toEqual(['b', 'c'])
  })

  it('reports an error when every device fails, and stops on abort', async () => {
    expect((await harness(() => new Error('down')).run).status).toBe('error')
    const abort = new AbortController()
    const h = harness(
      (item) => {
        abort.abort()
        return page(item.deviceId, 1)
      },
      { signal: abort.signal, concurrency: 1 },
    )
    const result = await h.run
    expect(result.status).toBe('idle')
    expect(h.requests).toHaveLength(1)
    expect(h.applied).toHaveLength(0)
  })
})
