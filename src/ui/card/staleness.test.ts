import { describe, expect, it } from 'vitest'
import { MAX_SILENCE_MS, MIN_SILENCE_MS, medianInterval, silenceLimitMs, staleness } from './staleness'

const now = 10_000_000

describe('staleness', () => {
  it('is stale whenever the stream is not live', () => {
    expect(staleness({ live: false, lastSeen: now - 1000, now, cadenceMs: 5000 })).toBe('not-live')
  })

  it('is current while the device speaks within three of its intervals', () => {
    expect(staleness({ live: true, lastSeen: now - 60_000, now, cadenceMs: 30_000 })).toBeNull()
    expect(staleness({ live: true, lastSeen: now - 91_000, now, cadenceMs: 30_000 })).toBe('silent')
  })

  it('falls back to 30 minutes when the cadence is unknown', () => {
    expect(staleness({ live: true, lastSeen: now - MAX_SILENCE_MS + 1000, now, cadenceMs: null })).toBeNull()
    expect(staleness({ live: true, lastSeen: now - MAX_SILENCE_MS - 1000, now, cadenceMs: null })).toBe('silent')
  })

  it('never waits longer than 30 minutes, even for a slow device', () => {
    expect(staleness({ live: true, lastSeen: now - 31 * 60_000, now, cadenceMs: 15 * 60_000 })).toBe('silent')
  })

  it('gives fast devices at least a minute', () => {
    expect(staleness({ live: true, lastSeen: now - 40_000, now, cadenceMs: 2000 })).toBeNull()
    expect(silenceLimitMs(2000)).toBe(MIN_SILENCE_MS)
  })

  it('is not stale for a device never heard from', () => {
    expect(staleness({ live: false, lastSeen: null, now, cadenceMs: null })).toBeNull()
  })
})

describe('medianInterval', () => {
  it('is the median gap between reports', () => {
    expect(medianInterval([0, 5000, 10_000, 16_000, 21_000])).toBe(5000)
  })

  it('ignores the same packet heard by several connectors', () => {
    const m = medianInterval([0, 30, 30_000, 30_040, 60_000, 60_020, 90_000]) ?? 0
    expect(Math.abs(m - 30_000)).toBeLessThan(100)
  })

  it('needs at least three intervals', () => {
    expect(medianInterval([0, 5000, 10_000])).toBeNull()
  })
})
