import { describe, expect, it } from 'vitest'
import { retryDelay } from './retry-delay'

describe('retryDelay', () => {
  it('doubles from one second and caps at one minute', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((n) => retryDelay(n))).toEqual([1000, 2000, 4000, 8000, 16000, 32000, 60000, 60000])
    expect(retryDelay(10_000)).toBe(60_000)
  })

  it('takes its own base and cap', () => {
    expect(retryDelay(3, { baseMs: 100, maxMs: 250 })).toBe(250)
    expect(retryDelay(0, { baseMs: 100, maxMs: 250 })).toBe(100)
  })
})
