import { describe, expect, it } from 'vitest'
import { EventIdWindow } from './event-id-window'

/** The same contract as a Set plus a FIFO array, which is what the window replaces. */
class Model {
  private readonly set = new Set<string>()
  private readonly order: string[] = []
  constructor(private readonly limit: number) {}
  add(id: string): boolean {
    if (this.set.has(id)) return false
    if (this.order.length === this.limit) this.set.delete(this.order.shift() as string)
    this.order.push(id)
    this.set.add(id)
    return true
  }
  has = (id: string) => this.set.has(id)
  get size() {
    return this.set.size
  }
}

describe('EventIdWindow', () => {
  it('reports duplicates and forgets the oldest id beyond its capacity', () => {
    const w = new EventIdWindow(3)
    expect(w.add('a')).toBe(true)
    expect(w.add('a')).toBe(false)
    for (const id of ['b', 'c', 'd']) w.add(id)
    expect(w.size).toBe(3)
    expect(w.has('a')).toBe(false)
    expect(w.has('b')).toBe(true)
    expect(w.add('a')).toBe(true)
    expect(w.has('b')).toBe(false)
    w.clear()
    expect(w.size).toBe(0)
    expect(w.add('d')).toBe(true)
  })

  it('behaves like a Set with FIFO eviction through growth, wrap-around and heavy eviction', () => {
    let seed = 7
    const rnd = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32)
    for (const capacity of [1, 5, 100, 5000]) {
      const w = new EventIdWindow(capacity, 16)
      const m = new Model(capacity)
      // Ids drawn from a pool a little larger than the window, so repeats and evictions interleave.
      const pool = Math.ceil(capacity * 1.5) + 2
      for (let i = 0; i < 30_000; i++) {
        const id = `c0ev${Math.floor(rnd() * pool).toString(32).padStart(16, '0')}`
        expect(w.add(id)).toBe(m.add(id))
      }
      expect(w.size).toBe(m.size)
      for (let i = 0; i < pool; i++) {
        const id = `c0ev${i.toString(32).padStart(16, '0')}`
        expect(w.has(id)).toBe(m.has(id))
      }
    }
  })

  it('tells 200,000 distinct DT-style ids apart', () => {
    const w = new EventIdWindow(200_000)
    let dupes = 0
    for (let i = 0; i < 200_000; i++) if (!w.add(`c${(i * 7919).toString(32).padStart(19, '0')}`)) dupes++
    expect(dupes).toBe(0)
    expect(w.size).toBe(200_000)
  })
})
