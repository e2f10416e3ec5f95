import { describe, expect, it } from 'vitest'
import { cardWidth, columnCount, moveIndex } from './column-count'

describe('columnCount', () => {
  it('fits as many minimum-width cards with gaps as the width allows', () => {
    expect(columnCount(264, 264, 12)).toBe(1)
    expect(columnCount(539, 264, 12)).toBe(1)
    expect(columnCount(540, 264, 12)).toBe(2)
    expect(columnCount(972, 264, 12)).toBe(3)
    expect(columnCount(1452, 264, 12)).toBe(5)
  })

  it('is one column on a phone or before the first measurement', () => {
    expect(columnCount(358)).toBe(1)
    expect(columnCount(0)).toBe(1)
    expect(columnCount(Number.NaN)).toBe(1)
  })

  it('stops at the maximum on very wide screens', () => {
    expect(columnCount(10_000, 264, 12, 8)).toBe(8)
  })
})

describe('cardWidth', () => {
  it('shares the width minus the gaps', () => {
    expect(cardWidth(972, 3, 12)).toBe(316)
    expect(cardWidth(300, 1, 12)).toBe(300)
  })
})

describe('moveIndex', () => {
  it('moves by one across and by a row up and down, within bounds', () => {
    expect(moveIndex('ArrowRight', 4, 10, 3, 2)).toBe(5)
    expect(moveIndex('ArrowDown', 4, 10, 3, 2)).toBe(7)
    expect(moveIndex('ArrowDown', 8, 10, 3, 2)).toBe(9)
    expect(moveIndex('ArrowUp', 1, 10, 3, 2)).toBe(0)
    expect(moveIndex('PageDown', 0, 100, 3, 4)).toBe(12)
    expect(moveIndex('End', 0, 10, 3, 2)).toBe(9)
    expect(moveIndex('Tab', 0, 10, 3, 2)).toBeNull()
  })
})
