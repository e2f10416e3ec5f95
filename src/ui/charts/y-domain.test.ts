import { describe, expect, it } from 'vitest'
import { extent, fitDomain, niceStep, stableDomain } from './y-domain'

describe('niceStep', () => {
  it('rounds up to 1, 2 or 5 times a power of ten', () => {
    expect(niceStep(0.13)).toBeCloseTo(0.2)
    expect(niceStep(3)).toBe(5)
    expect(niceStep(7)).toBe(10)
    expect(niceStep(120)).toBe(200)
    expect(niceStep(0)).toBe(1)
  })
})

describe('fitDomain', () => {
  it('pads around the data and lands on round numbers', () => {
    const d = fitDomain(-21.7, -20.1, 1)
    expect(d.lo).toBeLessThan(-21.7)
    expect(d.hi).toBeGreaterThan(-20.1)
    expect(Number.isInteger(d.lo * 2)).toBe(true)
    expect(Number.isInteger(d.hi * 2)).toBe(true)
  })

  it('never narrower than minSpan, so sensor noise on a flat line is not magnified', () => {
    const d = fitDomain(4.01, 4.03, 1)
    expect(d.hi - d.lo).toBeGreaterThanOrEqual(1)
    expect(d.lo).toBeLessThan(4.01)
    expect(d.hi).toBeGreaterThan(4.03)
  })
})

describe('stableDomain', () => {
  it('keeps the previous domain (same object) while the data fits', () => {
    const first = stableDomain(null, 3.2, 4.1, 1)
    expect(first).not.toBeNull()
    expect(stableDomain(first, 3.3, 4.0, 1)).toBe(first)
    expect(stableDomain(first, 3.5, 3.6, 1)).toBe(first)
  })

  it('refits when the data leaves the domain', () => {
    const first = stableDomain(null, 3.2, 4.1, 1)
    const next = stableDomain(first, 3.2, 9, 1)
    expect(next).not.toBe(first)
    expect(next?.hi).toBeGreaterThanOrEqual(9)
  })

  it('refits when the domain became far wider than the data needs', () => {
    const wide = stableDomain(null, 0, 100, 1)
    const next = stableDomain(wide, 50, 51, 1)
    expect(next).not.toBe(wide)
    expect((next?.hi ?? 0) - (next?.lo ?? 0)).toBeLessThan(10)
  })

  it('keeps the previous domain when there is no data', () => {
    const first = stableDomain(null, 1, 2, 1)
    expect(stableDomain(first, Number.NaN, Number.NaN, 1)).toBe(first)
  })
})

describe('extent', () => {
  it('finds min and max, NaN when empty', () => {
    expect(extent([3, -1, 7])).toEqual({ min: -1, max: 7 })
    expect(Number.isNaN(extent([]).min)).toBe(true)
  })
})
