import { describe, expect, it } from 'vitest'
import type { DtEvent } from '../dt'
import { createEventBatcher } from './event-batcher'
import { createFakeClock } from './testing/fake-clock'
import { decoded } from './testing/wire'

function setup(options: { intervalMs?: number; maxSize?: number; maxPending?: number } = {}) {
  const clock = createFakeClock()
  const batches: DtEvent[][] = []
  let dropped = 0
  const batcher = createEventBatcher({ ...options, timers: clock.timers, deliver: (e) => void batches.push(e), onDrop: (n) => void (dropped += n) })
  const push = (n: number, from = 0) => {
    for (let i = from; i < from + n; i++) batcher.push(decoded(`e${i}`, clock.now()))
  }
  return { clock, batches, batcher, push, dropped: () => dropped }
}

describe('createEventBatcher', () => {
  it('delivers one batch per interval', async () => {
    const t = setup()
    t.push(3)
    expect(t.batches).toHaveLength(0)
    await t.clock.advance(50)
    expect(t.batches.map((b) => b.length)).toEqual([3])
    expect(t.clock.pending()).toBe(0)
  })

  it('flushes at once when the batch is full', () => {
    const t = setup({ maxSize: 4 })
    t.push(9)
    expect(t.batches.map((b) => b.length)).toEqual([4, 4])
    expect(t.batcher.pending).toBe(1)
  })

  it('caps what it holds, dropping the oldest and counting them', async () => {
    const t = setup({ maxSize: 1000, maxPending: 10 })
    t.push(15)
    expect(t.batcher.pending).toBe(10)
    expect(t.dropped()).toBe(5)
    t.batcher.flush()
    expect(t.batches[0]?.map((e) => e.eventId)).toEqual(['e5', 'e6', 'e7', 'e8', 'e9', 'e10', 'e11', 'e12', 'e13', 'e14'])
    expect(t.clock.pending()).toBe(0)
  })
})
