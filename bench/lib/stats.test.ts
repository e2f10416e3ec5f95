import { describe, expect, it } from 'vitest'
import { frameRate, median, percentile, slope } from './stats'

describe('bench stats', () => {
  it('interpolates percentiles and leaves the input alone', () => {
    const xs = [5, 1, 4, 2, 3]
    expect(median(xs)).toBe(3)
    expect(percentile(xs, 0)).toBe(1)
    expect(percentile(xs, 100)).toBe(5)
    expect(percentile(xs, 25)).toBe(2)
    expect(xs).toEqual([5, 1, 4, 2, 3])
    expect(percentile([], 50)).toBeNaN()
  })

  it('fits a slope, 0 when flat or too short', () => {
    expect(slope([0, 1, 2, 3], [10, 12, 14, 16])).toBeCloseTo(2)
    expect(slope([0, 1, 2], [5, 5, 5])).toBe(0)
    expect(slope([1], [1])).toBe(0)
  })

  it('counts a long frame once, as a slow frame', () => {
    const t = [0, 16.7, 33.4, 50.1, 150.1, 166.8]
    const f = frameRate(t)
    expect(f.frames).toBe(5)
    expect(f.median).toBeCloseTo(59.9, 0)
    expect(f.longest).toBeCloseTo(100)
    expect(f.p5).toBeLessThan(20)
  })
})
