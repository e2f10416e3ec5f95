import { describe, expect, it } from 'vitest'
import { nextCalmOrder, type CalmOrder, type CalmOrderInput } from './calm-order'

const INTERVAL = 10_000

/** A sorter over values the test changes at will, counting its calls; ties by id. */
function sorter(values: Record<string, number>) {
  const fn = (ids: readonly string[]) => {
    fn.calls++
    return [...ids].sort((a, b) => (values[b] ?? -Infinity) - (values[a] ?? -Infinity) || (a < b ? -1 : 1))
  }
  fn.calls = 0
  return fn
}

const input = (over: Partial<CalmOrderInput> = {}): CalmOrderInput => ({ visible: ['a', 'b', 'c'], sort: 'warmest', catalog: 1, now: 0, held: false, ...over })

describe('nextCalmOrder', () => {
  it('sorts at once when first asked and when the sort changes, even while the grid is held', () => {
    const values = { a: 1, b: 3, c: 2 }
    const first = nextCalmOrder(null, input({ held: true }), sorter(values), INTERVAL)
    expect(first.ids).toEqual(['b', 'c', 'a'])
    const other = nextCalmOrder(first, input({ sort: 'coldest', held: true, now: 1 }), (ids) => [...ids].reverse(), INTERVAL)
    expect(other).toMatchObject({ ids: ['c', 'b', 'a'], sort: 'coldest', owed: false })
  })

  it('ignores value changes until the interval has passed, then re-sorts', () => {
    const values = { a: 1, b: 3, c: 2 }
    const sort = sorter(values)
    let order: CalmOrder = nextCalmOrder(null, input(), sort, INTERVAL)
    values.a = 9
    // Every render (clock ticks included) before the interval gives back the very same snapshot.
    for (const now of [0, 1_000, 9_999]) {
      const next = nextCalmOrder(order, input({ now }), sort, INTERVAL)
      expect(next).toBe(order)
      order = next
    }
    expect(sort.calls).toBe(1)
    order = nextCalmOrder(order, input({ now: 10_000 }), sort, INTERVAL)
    expect(order).toMatchObject({ ids: ['a', 'b', 'c'], sortedAt: 10_000, owed: false })
    expect(nextCalmOrder(order, input({ now: 10_500 }), sort, INTERVAL)).toBe(order)
  })

  it('keeps the same ids array when a re-sort finds the order unchanged', () => {
    const sort = sorter({ a: 1, b: 3, c: 2 })
    const order = nextCalmOrder(null, input(), sort, INTERVAL)
    expect(nextCalmOrder(order, input({ now: 20_000 }), sort, INTERVAL).ids).toBe(order.ids)
  })

  it('holds the order while the grid is held, and re-sorts as soon as the hold ends', () => {
    const values = { a: 1, b: 3, c: 2 }
    const sort = sorter(values)
    let order = nextCalmOrder(null, input(), sort, INTERVAL)
    values.a = 9
    order = nextCalmOrder(order, input({ now: 10_000, held: true }), sort, INTERVAL)
    expect(order).toMatchObject({ ids: ['b', 'c', 'a'], owed: true })
    // Still held, long after: nothing moves and nothing changes.
    expect(nextCalmOrder(order, input({ now: 60_000, held: true }), sort, INTERVAL)).toBe(order)
    order = nextCalmOrder(order, input({ now: 61_000, held: false }), sort, INTERVAL)
    expect(order).toMatchObject({ ids: ['a', 'b', 'c'], sortedAt: 61_000, owed: false })
  })

  it('re-sorts at once when the visible set or the names change and the grid is not held', () => {
    const values = { a: 1, b: 3, c: 2, d: 5 }
    const sort = sorter(values)
    let order = nextCalmOrder(null, input(), sort, INTERVAL)
    order = nextCalmOrder(order, input({ now: 1, visible: ['a', 'b', 'c', 'd'] }), sort, INTERVAL)
    expect(order.ids).toEqual(['d', 'b', 'c', 'a'])
    values.a = 4
    order = nextCalmOrder(order, input({ now: 2, visible: ['a', 'b', 'c', 'd'], catalog: 2 }), sort, INTERVAL)
    expect(order.ids).toEqual(['d', 'a', 'b', 'c'])
  })

  it('treats a new array with the same ids as no change', () => {
    const sort = sorter({ a: 1, b: 3, c: 2 })
    const order = nextCalmOrder(null, input(), sort, INTERVAL)
    expect(nextCalmOrder(order, input({ now: 5, visible: ['a', 'b', 'c'] }), sort, INTERVAL)).toBe(order)
  })

  it('while held, drops ids that left and puts new ones after the rest, so no other card moves', () => {
    const values = { a: 1, b: 3, c: 2, d: 9, e: 8 }
    const sort = sorter(values)
    let order = nextCalmOrder(null, input(), sort, INTERVAL)
    expect(order.ids).toEqual(['b', 'c', 'a'])
    values.a = 100
    order = nextCalmOrder(order, input({ now: 1, held: true, visible: ['a', 'b', 'd', 'e'] }), sort, INTERVAL)
    expect(order).toMatchObject({ ids: ['b', 'a', 'd', 'e'], visible: ['a', 'b', 'd', 'e'], owed: true })
    order = nextCalmOrder(order, input({ now: 2, held: false, visible: ['a', 'b', 'd', 'e'] }), sort, INTERVAL)
    expect(order).toMatchObject({ ids: ['a', 'd', 'e', 'b'], owed: false })
  })

  it('while held, owes a re-sort for renamed devices and settles on one snapshot', () => {
    const sort = sorter({ a: 1, b: 3, c: 2 })
    let order = nextCalmOrder(null, input(), sort, INTERVAL)
    order = nextCalmOrder(order, input({ now: 1, held: true, catalog: 2 }), sort, INTERVAL)
    expect(order).toMatchObject({ ids: ['b', 'c', 'a'], catalog: 2, owed: true })
    expect(nextCalmOrder(order, input({ now: 2, held: true, catalog: 2 }), sort, INTERVAL)).toBe(order)
    expect(sort.calls).toBe(1)
  })
})
