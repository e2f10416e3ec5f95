import { describe, expect, it } from 'vitest'
import { createEventDeduper } from './event-deduper'

describe('createEventDeduper', () => {
  it('accepts an id once', () => {
    const d = createEventDeduper()
    expect(d.add('a')).toBe(true)
    expect(d.add('a')).toBe(false)
    expect(d.has('a')).toBe(true)
  })
  it('stays bounded, forgetting the oldest ids first', () => {
    const d = createEventDeduper(3)
    for (const id of ['a', 'b', 'c', 'd']) d.add(id)
    expect(d.size).toBe(3)
    expect(d.has('a')).toBe(false)
    expect(d.add('b')).toBe(false)
    expect(d.add('a')).toBe(true)
    expect(d.has('b')).toBe(false)
  })
})
