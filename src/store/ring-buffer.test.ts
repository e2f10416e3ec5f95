import { describe, expect, it } from 'vitest'
import { RingBuffer } from './ring-buffer'

const times = (b: RingBuffer) => [...b.snapshot().times]
const values = (b: RingBuffer) => [...b.snapshot().values]

describe('RingBuffer', () => {
  it('appends in order and snapshots to plain arrays', () => {
    const b = new RingBuffer({ capacity: 10 })
    expect(b.push(1, 10)).toBe(true)
    b.push(2, 20)
    b.push(3, 30)
    expect(b.size).toBe(3)
    expect(b.snapshot()).toEqual({ times: [1, 2, 3], values: [10, 20, 30] })
    expect(b.lastTime()).toBe(3)
    expect(b.lastValue()).toBe(30)
  })

  it('allocates lazily and grows geometrically up to the capacity', () => {
    const b = new RingBuffer({ capacity: 100 })
    expect(b.allocated).toBe(8)
    for (let i = 0; i < 9; i++) b.push(i, i)
    expect(b.allocated).toBe(16)
    for (let i = 9; i < 300; i++) b.push(i, i)
    expect(b.allocated).toBe(100)
    expect(b.size).toBe(100)
  })

  it('drops the oldest points when full', () => {
    const b = new RingBuffer({ capacity: 4 })
    for (let i = 1; i <= 6; i++) b.push(i, i * 10)
    expect(times(b)).toEqual([3, 4, 5, 6])
    expect(values(b)).toEqual([30, 40, 50, 60])
  })

  it('inserts late points in time order, at the front, in the middle and across the wrap', () => {
    const b = new RingBuffer({ capacity: 8 })
    for (const t of [10, 30, 50]) b.push(t, t)
    b.push(20, 20)
    b.push(5, 5)
    b.push(40, 40)
    expect(times(b)).toEqual([5, 10, 20, 30, 40, 50])
    const full = new RingBuffer({ capacity: 4 })
    for (let i = 1; i <= 6; i++) full.push(i * 10, i)
    // Full and wrapped: [30, 40, 50, 60]; a late 45 evicts the oldest.
    expect(full.push(45, 0)).toBe(true)
    expect(times(full)).toEqual([40, 45, 50, 60])
  })

  it('ignores a point older than everything a full buffer keeps', () => {
    const b = new RingBuffer({ capacity: 3 })
    for (const t of [10, 20, 30]) b.push(t, t)
    expect(b.push(5, 5)).toBe(false)
    expect(times(b)).toEqual([10, 20, 30])
  })

  it('drops identical (time, value) points but keeps a different value at the same time', () => {
    const b = new RingBuffer()
    for (const t of [1, 2, 3]) b.push(t, t * 10)
    expect(b.push(3, 30)).toBe(false)
    expect(b.push(2, 20)).toBe(false)
    expect(b.push(2, 21)).toBe(true)
    expect(b.snapshot()).toEqual({ times: [1, 2, 2, 3], values: [10, 20, 21, 30] })
  })

  it('keeps at most maxAgeMs behind the newest point', () => {
    const b = new RingBuffer({ maxAgeMs: 100 })
    b.push(0, 1)
    b.push(50, 2)
    b.push(120, 3)
    expect(times(b)).toEqual([50, 120])
    expect(b.push(10, 9)).toBe(false)
    expect(b.push(30, 9)).toBe(true)
  })

  it('ignores non-finite input', () => {
    const b = new RingBuffer()
    expect(b.push(Number.NaN, 1)).toBe(false)
    expect(b.push(1, Number.POSITIVE_INFINITY)).toBe(false)
    expect(b.size).toBe(0)
  })

  it('snapshots a range and computes min, max and mean over a range', () => {
    const b = new RingBuffer()
    for (let t = 0; t < 10; t++) b.push(t * 10, t)
    expect(b.snapshot(30)).toEqual({ times: [30, 40, 50, 60, 70, 80, 90], values: [3, 4, 5, 6, 7, 8, 9] })
    expect(b.snapshot(25, 55)).toEqual({ times: [30, 40, 50], values: [3, 4, 5] })
    expect(b.minMaxAvg(20, 40)).toEqual({ min: 2, max: 4, avg: 3, count: 3 })
    expect(b.minMaxAvg(1000, 2000)).toBeNull()
    expect(new RingBuffer().minMaxAvg(0, 1)).toBeNull()
  })

  it('shrinks to new limits keeping the newest points, and clears', () => {
    const b = new RingBuffer({ capacity: 100 })
    for (let t = 0; t < 50; t++) b.push(t, t)
    expect(b.setLimits({ capacity: 10 })).toBe(true)
    expect(times(b)).toEqual([40, 41, 42, 43, 44, 45, 46, 47, 48, 49])
    expect(b.allocated).toBeLessThanOrEqual(10)
    expect(b.setLimits({ capacity: 10 })).toBe(false)
    b.clear()
    expect(b.size).toBe(0)
    expect(b.allocated).toBe(8)
  })

  it('matches a sorted-array model under random in-order, late and duplicate pushes', () => {
    let seed = 42
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31)
    const cap = 37
    const b = new RingBuffer({ capacity: cap, maxAgeMs: Infinity })
    const model: [number, number][] = []
    let clock = 0
    for (let step = 0; step < 5000; step++) {
      const r = random()
      const t = r < 0.7 ? (clock += 1 + Math.floor(random() * 3)) : clock - Math.floor(random() * 60)
      const v = Math.floor(random() * 4)
      const dup = model.some(([mt, mv]) => mt === t && mv === v)
      const pos = model.findIndex(([mt]) => mt > t)
      const at = pos < 0 ? model.length : pos
      const expected = !dup && !(model.length >= cap && at === 0)
      if (expected) {
        model.splice(at, 0, [t, v])
        if (model.length > cap) model.shift()
      }
      expect(b.push(t, v)).toBe(expected)
    }
    expect(times(b)).toEqual(model.map(([t]) => t))
    expect(values(b)).toEqual(model.map(([, v]) => v))
  })
})
