import { describe, expect, it } from 'vitest'
import { DEFAULT_DEDUPE_CAPACITY, RecentIds } from './recent-ids'

describe('RecentIds', () => {
  it('reports duplicates and forgets the oldest id beyond its capacity', () => {
    expect(DEFAULT_DEDUPE_CAPACITY).toBe(100_000)
    const ids = new RecentIds(3)
    expect(ids.add('a')).toBe(true)
    expect(ids.add('a')).toBe(false)
    ids.add('b')
    ids.add('c')
    ids.add('d')
    expect(ids.size).toBe(3)
    expect(ids.has('a')).toBe(false)
    expect(ids.has('d')).toBe(true)
    for (let i = 0; i < 100; i++) ids.add(`x${i}`)
    expect(ids.size).toBe(3)
    ids.clear()
    expect(ids.add('x99')).toBe(true)
  })
})
