// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createDeviceStore } from '../store/device-store'
import { ev } from '../store/test-events'
import { attachProbeSession, installPerfProbe, probeRequested, type PerfProbe } from './perf-probe'
import { createSessionStore } from './session-state'

const probe = () => (window as unknown as { __dtLiveProbe: PerfProbe }).__dtLiveProbe

describe('perf probe', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'setTimeout', 'Date'] })
  })
  afterEach(() => vi.useRealTimers())

  it('is switched on by ?probe only', () => {
    expect(probeRequested('?probe')).toBe(true)
    expect(probeRequested('?device=x&probe=1')).toBe(true)
    expect(probeRequested('?device=x')).toBe(false)
  })

  it('counts stream events applied, apart from history, and records stream state transitions', () => {
    const devices = createDeviceStore()
    installPerfProbe(devices)
    const state = createSessionStore()
    const detach = attachProbeSession({ stats: () => ({ stream: null, batcher: { pending: 0, dropped: 0, flushes: 0, lastFlushAt: null } }), state })
    state.setState({ stream: { state: 'connecting', attempt: 0, maxAttempts: 5, eventsPerSecond: 0, totals: { events: 0, pings: 0, malformed: 0, errorFrames: 0, unknownTypes: 0, reconnects: 0, dropped: 0 } } })
    state.setState({ stream: { ...(state.getState().stream as NonNullable<ReturnType<typeof state.getState>['stream']>), state: 'live' } })
    devices.getState().applyBatch([ev('temperature', 'd1', Date.now() - 40, { value: 20 }), ev('temperature', 'd2', Date.now() - 30, { value: 21 })], 'stream')
    devices.getState().applyBatch([ev('temperature', 'd1', Date.now() - 60_000, { value: 19 })], 'history')
    expect(probe().counters()).toMatchObject({ applied: 2, fromHistory: 1, batcher: { dropped: 0 } })
    const transitions = probe().transitions()
    expect(transitions.map((t) => t.state)).toEqual(['connecting', 'live'])
    expect(transitions[1]?.firstEventAt).toBeTypeOf('number')
    detach()
    expect(probe().counters().batcher).toBeNull()
  })
})
