import { describe, expect, it } from 'vitest'
import { downsampleMinMax } from './downsample'

function series(n: number, f: (i: number) => number) {
  const times = Array.from({ length: n }, (_, i) => i * 1000)
  return { times, values: times.map((_, i) => f(i)) }
}

describe('downsampleMinMax', () => {
  it('returns short series unchanged (same instance)', () => {
    const s = series(10, (i) => i)
    expect(downsampleMinMax(s, 0, 10_000, 5)).toBe(s)
  })

  it('keeps at most two points per bucket, in time order', () => {
    const s = series(10_000, (i) => Math.sin(i / 50))
    const out = downsampleMinMax(s, 0, 10_000_000, 100)
    expect(out.times.length).toBeLessThanOrEqual(200)
    expect(out.times.length).toBeGreaterThan(100)
    for (let i = 1; i < out.times.length; i++) expect(out.times[i]).toBeGreaterThan(out.times[i - 1] as number)
  })

  it('keeps single-sample spikes and dips (the extremes survive)', () => {
    const s = series(5000, () => 4)
    ;(s.values as number[])[1234] = 12.5
    ;(s.values as number[])[3777] = -3
    const out = downsampleMinMax(s, 0, 5_000_000, 50)
    expect(Math.max(...out.values)).toBe(12.5)
    expect(Math.min(...out.values)).toBe(-3)
    expect(out.times).toContain(1_234_000)
    expect(out.times).toContain(3_777_000)
  })

  it('keeps the first and the last point of a monotonic series', () => {
    const s = series(1000, (i) => i)
    const out = downsampleMinMax(s, 0, 1_000_000, 10)
    expect(out.values[0]).toBe(0)
    expect(out.values[out.values.length - 1]).toBe(999)
  })

  it('puts points outside the domain into the edge buckets instead of dropping them', () => {
    const s = series(1000, (i) => i)
    const out = downsampleMinMax(s, 100_000, 900_000, 10)
    expect(out.values[0]).toBe(0)
    expect(out.values[out.values.length - 1]).toBe(999)
  })
})
