import { describe, expect, it } from 'vitest'
import { CadenceTracker } from './cadence-tracker'

describe('CadenceTracker', () => {
  it('learns the median interval once three reports apart were seen', () => {
    const t = new CadenceTracker()
    expect(t.observe('a', 0)).toBeNull()
    expect(t.observe('a', 5000)).toBeNull()
    expect(t.observe('a', 10_000)).toBeNull()
    expect(t.observe('a', 15_000)).toBe(5000)
  })

  it('is idempotent for the same lastSeen (re-renders, StrictMode)', () => {
    const t = new CadenceTracker()
    for (const x of [0, 0, 5000, 5000, 10_000, 15_000, 15_000]) t.observe('a', x)
    expect(t.observe('a', 15_000)).toBe(5000)
  })

  it('ignores the same packet reported by a second connector', () => {
    const t = new CadenceTracker()
    for (const x of [0, 40, 30_000, 30_030, 60_000, 60_010, 90_000]) t.observe('a', x)
    expect(t.observe('a', 90_000)).toBeGreaterThan(29_000)
  })

  it('does not count the stretch a card spent off screen as an interval', () => {
    const t = new CadenceTracker()
    for (const x of [0, 5000, 10_000, 15_000]) t.observe('a', x)
    t.detach('a')
    t.observe('a', 600_000)
    expect(t.observe('a', 605_000)).toBe(5000)
  })

  it('keeps devices apart', () => {
    const t = new CadenceTracker()
    for (const x of [0, 5000, 10_000, 15_000]) t.observe('a', x)
    expect(t.observe('b', 1)).toBeNull()
  })
})
