// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { jsonResponse, sseData } from './testing/fake-sse'
import { setupClient } from './testing/harness'
import { pingLine, resultLine } from './testing/wire'

const failing = () => jsonResponse(500, { error: 'internal' })

describe('stream client: lifecycle', () => {
  it('StrictMode start, stop, start ends with exactly one request and one open stream', async () => {
    const t = setupClient()
    t.client.start()
    t.client.stop()
    t.client.start()
    t.client.start()
    await t.clock.advance(0)
    expect(t.server.requests).toHaveLength(1)
    expect(t.server.openCount()).toBe(1)
    expect(t.environment.listeners()).toBe(1)
    expect(t.client.getStatus().state).toBe('live')
    t.client.stop()
    expect(t.clock.pending()).toBe(0)
    expect(t.server.openCount()).toBe(0)
  })

  it('stop() aborts the stream, publishes stopped and leaves no timer or listener', async () => {
    const t = setupClient()
    t.client.start()
    await t.clock.advance(0)
    t.server.last().send(sseData(resultLine('e1', t.clock.now())))
    await t.clock.advance(10)
    t.client.stop()
    t.client.stop()
    await t.clock.advance(0)
    expect(t.server.openCount()).toBe(0)
    expect(t.client.getStatus().state).toBe('stopped')
    expect(t.statuses.at(-1)?.state).toBe('stopped')
    expect(t.delivered()).toEqual(['e1'])
    expect(t.clock.pending()).toBe(0)
    expect(t.environment.listeners()).toBe(0)
    await t.clock.advance(600_000)
    expect(t.server.requests).toHaveLength(1)
  })

  it('stop() while waiting to retry cancels the retry', async () => {
    const t = setupClient()
    t.server.reply(failing)
    t.client.start()
    await t.clock.advance(0)
    expect(t.client.getStatus().state).toBe('reconnecting')
    t.client.stop()
    expect(t.clock.pending()).toBe(0)
    await t.clock.advance(60_000)
    expect(t.server.requests).toHaveLength(1)
  })

  it('the watchdog aborts a silent stream after interval + jitter and reconnects', async () => {
    const t = setupClient()
    t.client.start()
    await t.clock.advance(0)
    await t.clock.advance(11_999)
    expect(t.server.requests).toHaveLength(1)
    await t.clock.advance(1)
    expect(t.server.requests[0]?.open).toBe(false)
    expect(t.client.getStatus()).toMatchObject({ state: 'reconnecting', attempt: 1, lastError: { kind: 'watchdog' } })
    await t.clock.advance(250)
    expect(t.server.requests).toHaveLength(2)
    expect(t.server.openCount()).toBe(1)
  })

  it('pings keep the stream alive, are not delivered, and reset the counter', async () => {
    const t = setupClient()
    t.client.start()
    await t.clock.advance(0)
    for (let i = 0; i < 6; i++) {
      await t.clock.advance(10_000)
      t.server.last().send(sseData(pingLine(`p${i}`, t.clock.now())))
    }
    await t.clock.advance(0)
    expect(t.server.requests).toHaveLength(1)
    expect(t.client.getStatus()).toMatchObject({ state: 'live', lastPingAt: t.clock.now(), totals: { pings: 6, events: 0 } })
    expect(t.batches).toHaveLength(0)
  })

  it('gives up after N attempts without data, then resumes on online, visible or reconnectNow', async () => {
    const t = setupClient({ maxAttemptsWithoutEvent: 3 })
    t.server.reply(failing, failing, failing)
    t.client.start()
    await t.clock.advance(120_000)
    expect(t.server.requests).toHaveLength(3)
    expect(t.client.getStatus()).toMatchObject({ state: 'offline', attempt: 3, maxAttempts: 3, lastError: { status: 500 } })
    expect(t.clock.pending()).toBe(0)

    t.environment.emit('online')
    await t.clock.advance(0)
    expect(t.server.requests).toHaveLength(4)
    expect(t.client.getStatus()).toMatchObject({ state: 'live', attempt: 0 })

    // The close counts as the first attempt without data, so two more failures give up.
    t.server.reply(failing, failing)
    t.server.last().close()
    await t.clock.advance(120_000)
    expect(t.client.getStatus().state).toBe('offline')
    t.environment.emit('hidden')
    t.environment.emit('visible')
    await t.clock.advance(0)
    expect(t.client.getStatus().state).toBe('live')

    // The close counts as the first attempt without data, so two more failures give up.
    t.server.reply(failing, failing)
    t.server.last().close()
    await t.clock.advance(120_000)
    expect(t.client.getStatus().state).toBe('offline')
    t.client.reconnectNow()
    await t.clock.advance(0)
    expect(t.client.getStatus().state).toBe('live')
  })

  it('repeated instant clean closes go through backoff and the give-up counter', async () => {
    const t = setupClient()
    const closing = (r: Parameters<Parameters<typeof t.server.reply>[0]>[0]) => {
      const response = t.server.sse(r)
      queueMicrotask(() => r.close())
      return response
    }
    t.server.reply(closing, closing, closing, closing, closing)
    t.client.start()
    const delays: number[] = []
    for (let i = 0; i < 5; i++) {
      await t.clock.advance(0)
      const s = t.client.getStatus()
      if (s.nextRetryAt !== undefined) delays.push(s.nextRetryAt - t.clock.now())
      await t.clock.advance(s.nextRetryAt !== undefined ? s.nextRetryAt - t.clock.now() : 0)
    }
    expect(delays).toEqual([125, 1000, 2000, 4000])
    expect(t.client.getStatus().state).toBe('offline')
    expect(t.server.requests).toHaveLength(5)
  })

  it('resets the attempt counter when an event arrives', async () => {
    const t = setupClient()
    t.server.reply(failing, failing)
    t.client.start()
    await t.clock.advance(0)
    await t.clock.advance(500)
    expect(t.client.getStatus().attempt).toBe(2)
    await t.clock.advance(1000)
    expect(t.client.getStatus()).toMatchObject({ state: 'live', attempt: 2 })
    t.server.last().send(sseData(resultLine('e1', t.clock.now())))
    await t.clock.advance(0)
    expect(t.client.getStatus().attempt).toBe(0)
  })

  it('waits for the browser to come online instead of hammering', async () => {
    const t = setupClient({}, { online: false })
    t.client.start()
    await t.clock.advance(60_000)
    expect(t.server.requests).toHaveLength(0)
    expect(t.client.getStatus()).toMatchObject({ state: 'offline', lastError: { kind: 'browser-offline' } })
    t.environment.emit('online')
    await t.clock.advance(0)
    expect(t.client.getStatus().state).toBe('live')

    t.server.reply(failing)
    t.server.last().fail()
    await t.clock.advance(0)
    expect(t.client.getStatus().state).toBe('reconnecting')
    t.environment.emit('offline')
    expect(t.client.getStatus().state).toBe('offline')
    expect(t.clock.pending()).toBe(0)
  })

  it('keeps streaming while hidden by default', async () => {
    const t = setupClient()
    t.client.start()
    await t.clock.advance(0)
    t.environment.emit('hidden')
    await t.clock.advance(5000)
    expect(t.server.openCount()).toBe(1)
    expect(t.client.getStatus().state).toBe('live')
  })

  it('with pauseWhenHidden, closes while hidden and reconnects on return', async () => {
    const t = setupClient({ pauseWhenHidden: true })
    t.client.start()
    await t.clock.advance(0)
    t.environment.emit('hidden')
    expect(t.client.getStatus().state).toBe('paused')
    expect(t.server.openCount()).toBe(0)
    expect(t.clock.pending()).toBe(0)
    t.environment.emit('online')
    await t.clock.advance(600_000)
    expect(t.server.requests).toHaveLength(1)
    t.environment.emit('visible')
    await t.clock.advance(0)
    expect(t.server.requests).toHaveLength(2)
    expect(t.client.getStatus().state).toBe('live')
  })

  it('with pauseWhenHidden, starts paused in a hidden tab', async () => {
    const t = setupClient({ pauseWhenHidden: true }, { visible: false })
    t.client.start()
    await t.clock.advance(0)
    expect(t.client.getStatus().state).toBe('paused')
    expect(t.server.requests).toHaveLength(0)
  })

  it('setFilters restarts the stream with the new query (repeated keys)', async () => {
    const t = setupClient({ filters: { deviceIds: ['a'] } })
    t.client.start()
    await t.clock.advance(0)
    const first = t.server.last().url
    expect(first.pathname).toBe('/api/v2/projects/p1/devices:stream')
    expect(first.searchParams.getAll('device_ids')).toEqual(['a'])
    expect(first.searchParams.get('ping_interval')).toBe('10s')
    t.client.setFilters({ deviceIds: ['b', 'c'], eventTypes: ['temperature', 'touch'], labelFilters: ['room=1'], deviceTypes: ['temperature'] })
    await t.clock.advance(0)
    expect(t.server.requests).toHaveLength(2)
    expect(t.server.openCount()).toBe(1)
    const second = t.server.last().url
    expect(second.searchParams.getAll('device_ids')).toEqual(['b', 'c'])
    expect(second.searchParams.getAll('event_types')).toEqual(['temperature', 'touch'])
    expect(second.searchParams.getAll('label_filters')).toEqual(['room=1'])
    expect(second.searchParams.getAll('device_types')).toEqual(['temperature'])
    expect(second.searchParams.get('ping_interval')).toBe('10s')
  })

  it('setFilters leaves config-error for a new attempt and is stored while stopped', async () => {
    const t = setupClient()
    t.client.setFilters({ deviceIds: ['x'] })
    t.server.reply(() => jsonResponse(400, { error: { code: 400, message: 'bad filter' } }))
    t.client.start()
    await t.clock.advance(0)
    expect(t.client.getStatus().state).toBe('config-error')
    expect(t.server.last().url.searchParams.getAll('device_ids')).toEqual(['x'])
    t.client.setFilters({})
    await t.clock.advance(0)
    expect(t.client.getStatus().state).toBe('live')
    expect(t.server.requests).toHaveLength(2)
  })
})
