import { describe, expect, it } from 'vitest'
import { nextDelay, parseRetryAfter } from './backoff'

describe('nextDelay', () => {
  it('draws from [0, base · 2^attempt) with full jitter', () => {
    expect(nextDelay(0, {}, () => 0)).toBe(0)
    expect(nextDelay(0, {}, () => 0.5)).toBe(500)
    expect(nextDelay(1, {}, () => 0.5)).toBe(1000)
    expect(nextDelay(3, {}, () => 0.25)).toBe(2000)
    expect(nextDelay(2, {}, () => 0.999_999)).toBeLessThan(4000)
  })

  it('caps the ceiling at maxMs, even for huge attempts', () => {
    expect(nextDelay(5, {}, () => 0.999_999)).toBeLessThan(30_000)
    expect(nextDelay(5, {}, () => 0.5)).toBe(15_000)
    expect(nextDelay(10_000, {}, () => 0.5)).toBe(15_000)
    expect(nextDelay(4, { baseMs: 100, maxMs: 500 }, () => 0.5)).toBe(250)
  })

  it('never goes below the floor (Retry-After)', () => {
    expect(nextDelay(0, { floorMs: 4000 }, () => 0.1)).toBe(4000)
    expect(nextDelay(8, { floorMs: 4000 }, () => 0.9)).toBe(27_000)
    expect(nextDelay(8, { floorMs: 60_000 }, () => 0.9)).toBe(60_000)
  })

  it('stays within bounds for any random value and attempt', () => {
    for (let attempt = -2; attempt < 40; attempt++) {
      for (const r of [0, 0.3, 0.7, 1, -1, 2]) {
        const d = nextDelay(attempt, {}, () => r)
        expect(d).toBeGreaterThanOrEqual(0)
        expect(d).toBeLessThanOrEqual(30_000)
      }
    }
    expect(nextDelay(Number.NaN, {}, () => 0.5)).toBe(500)
  })
})

describe('parseRetryAfter', () => {
  const now = Date.UTC(2025, 2, 11, 9, 0, 0)
  it('reads delay-seconds', () => {
    expect(parseRetryAfter('4', now)).toBe(4000)
    expect(parseRetryAfter(' 0 ', now)).toBe(0)
  })
  it('reads an HTTP date relative to now, never negative', () => {
    expect(parseRetryAfter('Tue, 11 Mar 2025 09:00:30 GMT', now)).toBe(30_000)
    expect(parseRetryAfter('Tue, 11 Mar 2025 08:00:00 GMT', now)).toBe(0)
  })
  it('ignores absent or unreadable values', () => {
    expect(parseRetryAfter(null, now)).toBeUndefined()
    expect(parseRetryAfter(undefined, now)).toBeUndefined()
    expect(parseRetryAfter('', now)).toBeUndefined()
    expect(parseRetryAfter('1.5', now)).toBeUndefined()
    expect(parseRetryAfter('-3', now)).toBeUndefined()
    expect(parseRetryAfter('soon', now)).toBeUndefined()
  })
})
