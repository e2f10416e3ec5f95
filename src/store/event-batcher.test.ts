import { describe, expect, it } from 'vitest'
import type { DtEvent } from '../dt'
import { createDeviceStore } from './device-store'
import { createEventBatcher, type EventBatcherOptions } from './event-batcher'
import { ev } from './test-events'

function fakeEnv() {
  let time = 0
  let nextId = 0
  const frames = new Map<number, () => void>()
  const timers = new Map<number, { cb: () => void; at: number }>()
  return {
    requestFrame: (cb: () => void) => {
      frames.set(++nextId, cb)
      return nextId
    },
    cancelFrame: (h: unknown) => void frames.delete(h as number),
    setTimeout: (cb: () => void, ms: number) => {
      timers.set(++nextId, { cb, at: time + ms })
      return nextId
    },
    clearTimeout: (h: unknown) => void timers.delete(h as number),
    now: () => time,
    /** Runs the animation frame callbacks. */
    frame() {
      const due = [...frames.values()]
      frames.clear()
      for (const cb of due) cb()
    },
    advance(ms: number) {
      time += ms
      for (const [h, t] of [...timers]) {
        if (t.at <= time && timers.delete(h)) t.cb()
      }
    },
    frames: () => frames.size,
    timers: () => timers.size,
  }
}

function setup(options: Partial<EventBatcherOptions> = {}) {
  const env = fakeEnv()
  const batches: DtEvent[][] = []
  const batcher = createEventBatcher({ apply: (events) => batches.push(events), ...env, ...options })
  return { env, batches, batcher }
}

const touches = (n: number, from = 0) => Array.from({ length: n }, (_, i) => ev('touch', 'd', from + i, {}, `t${from + i}`))

describe('createEventBatcher', () => {
  it('flushes everything pushed since the last frame in one batch on the next frame', () => {
    const { env, batches, batcher } = setup()
    batcher.push(touches(3))
    batcher.push(touches(2, 3)[0] as DtEvent)
    expect(batches).toHaveLength(0)
    env.frame()
    expect(batches).toHaveLength(1)
    expect(batches[0]?.map((e) => e.eventId)).toEqual(['t0', 't1', 't2', 't3'])
    expect(env.timers()).toBe(0)
    env.advance(500)
    expect(batches).toHaveLength(1)
  })

  it('flushes at most once per frame', () => {
    const { env, batches, batcher } = setup()
    batcher.push(touches(1))
    env.frame()
    batcher.push(touches(1, 1))
    expect(batches).toHaveLength(1)
    env.frame()
    expect(batches).toHaveLength(2)
  })

  it('falls back to the timer when no frame comes', () => {
    const { env, batches, batcher } = setup()
    batcher.push(touches(2))
    env.advance(99)
    expect(batches).toHaveLength(0)
    env.advance(1)
    expect(batches).toHaveLength(1)
    expect(env.frames()).toBe(0)
  })

  it('uses only the timer when there is no requestAnimationFrame', () => {
    const { env, batches, batcher } = setup({ requestFrame: null })
    batcher.push(touches(1))
    expect(env.frames()).toBe(0)
    env.advance(100)
    expect(batches).toHaveLength(1)
  })

  it('while hidden: no frames, timer flushes, pending capped by dropping the oldest', () => {
    const { env, batches, batcher } = setup({ maxPending: 5 })
    batcher.setVisible(false)
    batcher.push(touches(8))
    expect(env.frames()).toBe(0)
    expect(batcher.stats()).toMatchObject({ pending: 5, dropped: 3 })
    env.advance(100)
    expect(batches[0]?.map((e) => e.eventId)).toEqual(['t3', 't4', 't5', 't6', 't7'])
    // A long hidden spell with throttled timers stays bounded.
    for (let i = 0; i < 20; i++) batcher.push(touches(10, 100 + i * 10))
    expect(batcher.stats()).toMatchObject({ pending: 5, dropped: 3 + 195 })
  })

  it('flushes at once when the tab becomes visible', () => {
    const { env, batches, batcher } = setup()
    batcher.setVisible(false)
    batcher.push(touches(2))
    batcher.setVisible(true)
    expect(batches).toHaveLength(1)
    expect(env.timers()).toBe(0)
    batcher.setVisible(true)
    expect(batches).toHaveLength(1)
  })

  it('honours minIntervalMs between frame flushes', () => {
    const { env, batches, batcher } = setup({ minIntervalMs: 250 })
    batcher.push(touches(1))
    env.frame()
    expect(batches).toHaveLength(1)
    batcher.push(touches(1, 1))
    env.advance(16)
    env.frame()
    expect(batches).toHaveLength(1)
    env.advance(250)
    expect(batches).toHaveLength(2)
  })

  it('flushes on demand, counts flushes, and stops after dispose', () => {
    const { env, batches, batcher } = setup()
    batcher.flush()
    expect(batches).toHaveLength(0)
    batcher.push(touches(1))
    env.advance(5)
    batcher.flush()
    expect(batcher.stats()).toMatchObject({ pending: 0, flushes: 1, lastFlushAt: 5 })
    batcher.push(touches(1, 1))
    batcher.dispose()
    expect(env.frames() + env.timers()).toBe(0)
    batcher.push(touches(1, 2))
    env.frame()
    env.advance(1000)
    expect(batches).toHaveLength(1)
  })

  it('drives a store with one set per flush', () => {
    const env = fakeEnv()
    const store = createDeviceStore()
    let sets = 0
    store.subscribe(() => sets++)
    const batcher = createEventBatcher({ ...env, apply: (events) => store.getState().applyBatch(events, 'stream') })
    for (let i = 0; i < 500; i++) batcher.push(ev('temperature', `d${i % 50}`, i, { value: i }))
    env.frame()
    expect(sets).toBe(1)
    expect(store.getState().totals.applied).toBe(500)
  })
})
