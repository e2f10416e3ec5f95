import { describe, expect, it } from 'vitest'
import { IMMEDIATE_JITTER_MS, MAX_FLOOR_MS, planRetry } from './retry-policy'

const half = () => 0.5

describe('planRetry', () => {
  it('reconnects almost at once after the first failure in a row', () => {
    expect(planRetry({ type: 'reconnect-now' }, 1, { maxAttempts: 5 }, half)).toEqual({ type: 'retry', delayMs: IMMEDIATE_JITTER_MS / 2 })
  })
  it('backs off a reconnect-now that keeps failing', () => {
    expect(planRetry({ type: 'reconnect-now' }, 2, { maxAttempts: 5 }, half)).toEqual({ type: 'retry', delayMs: 1000 })
    expect(planRetry({ type: 'reconnect-now' }, 4, { maxAttempts: 5 }, half)).toEqual({ type: 'retry', delayMs: 4000 })
  })
  it('uses the backoff settings and a bounded floor', () => {
    expect(planRetry({ type: 'backoff' }, 3, { maxAttempts: 0, backoff: { baseMs: 100, maxMs: 300 } }, half)).toEqual({ type: 'retry', delayMs: 150 })
    expect(planRetry({ type: 'backoff', floorMs: 3_600_000 }, 1, { maxAttempts: 0 }, half)).toEqual({ type: 'retry', delayMs: MAX_FLOOR_MS })
  })
  it('gives up after maxAttempts, never when it is 0', () => {
    expect(planRetry({ type: 'backoff' }, 5, { maxAttempts: 5 }, half)).toEqual({ type: 'give-up' })
    expect(planRetry({ type: 'reconnect-now' }, 1, { maxAttempts: 1 }, half)).toEqual({ type: 'give-up' })
    expect(planRetry({ type: 'backoff' }, 500, { maxAttempts: 0 }, half).type).toBe('retry')
  })
})
