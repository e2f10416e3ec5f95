import { describe, expect, it } from 'vitest'
import { createRateLimiter } from './rate-limiter'
import { createFakeClock, settle } from './testing/fake-clock'

describe('createRateLimiter', () => {
  it('lets 25 through at once, then holds the rest so no 5 s window exceeds 25', async () => {
    const clock = createFakeClock()
    const limiter = createRateLimiter({ timers: clock.timers })
    const grantedAt: number[] = []
    for (let i = 0; i < 60; i++) void limiter.acquire().then(() => grantedAt.push(clock.now()))
    await settle()
    expect(grantedAt).toHaveLength(25)
    await clock.advance(4999)
    expect(grantedAt).toHaveLength(25)
    await clock.advance(1)
    expect(grantedAt).toHaveLength(50)
    await clock.advance(5000)
    expect(grantedAt).toHaveLength(60)
    for (const t of grantedAt) expect(grantedAt.filter((u) => u >= t && u < t + 5000).length).toBeLessThanOrEqual(25)
    expect(clock.pending()).toBe(0)
  })

  it('rejects an aborted waiter, frees its place and leaves no timer', async () => {
    const clock = createFakeClock()
    const limiter = createRateLimiter({ limit: 1, intervalMs: 1000, timers: clock.timers })
    await limiter.acquire()
    const controller = new AbortController()
    const waiting = limiter.acquire(controller.signal)
    expect(limiter.waiting).toBe(1)
    expect(clock.pending()).toBe(1)
    controller.abort()
    await expect(waiting).rejects.toThrow()
    expect(limiter.waiting).toBe(0)
    expect(clock.pending()).toBe(0)
    await expect(limiter.acquire(controller.signal)).rejects.toThrow()
  })

  it('serves interactive waiters before normal ones and normal before background, in order within a class', async () => {
    const clock = createFakeClock()
    const limiter = createRateLimiter({ limit: 1, intervalMs: 1000, timers: clock.timers })
    await limiter.acquire()
    const order: string[] = []
    const wait = (name: string, priority?: 'interactive' | 'normal' | 'background') => void limiter.acquire(undefined, priority).then(() => order.push(name))
    wait('prefill 1', 'background')
    wait('prefill 2', 'background')
    wait('gap 1')
    wait('detail 1', 'interactive')
    wait('gap 2', 'normal')
    wait('detail 2', 'interactive')
    for (let i = 0; i < 6; i++) await clock.advance(1000)
    expect(order).toEqual(['detail 1', 'detail 2', 'gap 1', 'gap 2', 'prefill 1', 'prefill 2'])
    expect(clock.pending()).toBe(0)
  })

  it('keeps a later class waiting while earlier ones arrive, and aborts one of them cleanly', async () => {
    const clock = createFakeClock()
    const limiter = createRateLimiter({ limit: 1, intervalMs: 1000, timers: clock.timers })
    await limiter.acquire()
    const order: string[] = []
    void limiter.acquire(undefined, 'background').then(() => order.push('prefill'))
    const gone = new AbortController()
    const aborted = limiter.acquire(gone.signal, 'interactive')
    void limiter.acquire(undefined, 'interactive').then(() => order.push('detail'))
    gone.abort()
    await expect(aborted).rejects.toThrow()
    expect(limiter.waiting).toBe(2)
    await clock.advance(1000)
    expect(order).toEqual(['detail'])
    await clock.advance(1000)
    expect(order).toEqual(['detail', 'prefill'])
  })
})
