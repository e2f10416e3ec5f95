import { describe, expect, it } from 'vitest'
import { isDetailRange } from './detail-ranges'
import { downsampleMinMax } from './min-max-downsample'
import { formatSpan, formatTick, formatZoomTick, timeTicks } from './time-axis'
import { domainTicks, stableDomain } from './y-domain'

const T = Date.UTC(2025, 2, 11, 9, 3, 20)

describe('downsampleMinMax', () => {
  it('returns short series unchanged', () => {
    expect(downsampleMinMax([1, 2, 3], [5, 6, 7], 0, 10, 10)).toEqual([
      { t: 1, v: 5 },
      { t: 2, v: 6 },
      { t: 3, v: 7 },
    ])
  })

  it('keeps every bucket’s extremes in time order, the ends, and scales with the bucket count', () => {
    const n = 24 * 60 * 2 // 24 h of 30 s samples
    const times = Array.from({ length: n }, (_, i) => T + i * 30_000)
    const values = times.map((_, i) => Math.sin(i / 50))
    values[1234] = 40 // a single spike
    values[2345] = -40
    const out = downsampleMinMax(times, values, T, T + n * 30_000, 300)
    expect(out.length).toBeLessThanOrEqual(602)
    expect(out.length).toBeGreaterThan(300)
    expect(Math.max(...out.map((p) => p.v))).toBe(40)
    expect(Math.min(...out.map((p) => p.v))).toBe(-40)
    expect(out[0]).toEqual({ t: times[0], v: values[0] })
    expect(out[out.length - 1]).toEqual({ t: times[n - 1], v: values[n - 1] })
    for (let i = 1; i < out.length; i++) expect((out[i]?.t ?? 0) > (out[i - 1]?.t ?? 0)).toBe(true)
  })
})

describe('time axis', () => {
  it('puts ticks on round local times inside the window', () => {
    const ticks = timeTicks(T, T + 3_600_000, 600_000)
    expect(ticks).toHaveLength(6)
    for (const t of ticks) {
      expect(new Date(t).getMinutes() % 10).toBe(0)
      expect(new Date(t).getSeconds()).toBe(0)
      expect(t >= T && t <= T + 3_600_000).toBe(true)
    }
    expect(timeTicks(T, T, 1000)).toEqual([])
  })

  it('names the day at midnight on the 24 h range', () => {
    const midnight = new Date(2025, 2, 12, 0, 0).getTime()
    expect(formatTick(midnight, '24h')).not.toMatch(/\d/)
    expect(formatTick(midnight + 3 * 3_600_000, '24h')).toMatch(/03.00/)
    expect(formatTick(midnight, '1h')).toMatch(/00.00/)
  })

  it('shows seconds on zoomed ticks under a minute apart, and names the days of a span across midnight', () => {
    const t = new Date(2025, 2, 12, 9, 15, 40).getTime()
    expect(formatZoomTick(t, 10_000)).toMatch(/09.15.40/)
    expect(formatZoomTick(t, 60_000)).not.toMatch(/40/)
    expect(formatSpan(t, t + 5 * 60_000)).toMatch(/^09.15.40–09.20.40$/)
    const across = formatSpan(new Date(2025, 2, 11, 23, 0).getTime(), new Date(2025, 2, 12, 1, 0).getTime())
    expect(across).toMatch(/11.*23.00.00 – .*12.*01.00.00/)
  })

  it('validates range names from URLs', () => {
    expect(isDetailRange('6h')).toBe(true)
    expect(isDetailRange('toString')).toBe(false)
  })
})

describe('stableDomain', () => {
  it('holds the data and thresholds with headroom on a nice step', () => {
    expect(stableDomain([-18.2, -17.1], 1, [-15])).toEqual([-19, -14])
    const d = stableDomain([3.2, 4.9], 1)
    expect(d?.[0]).toBeLessThan(3.2)
    expect(d?.[1]).toBeGreaterThan(4.9)
  })

  it('does not move when new points stay inside the step', () => {
    expect(stableDomain([20.3, 21.6], 1)).toEqual([20, 22])
    expect(stableDomain([20.4, 21.7, 20.9], 1)).toEqual([20, 22])
  })

  it('widens a flat series to the minimum span and gives nothing for no data', () => {
    const d = stableDomain([5, 5], 2)
    expect(d && d[1] - d[0]).toBeGreaterThanOrEqual(2)
    expect(stableDomain([], 1)).toBeUndefined()
  })
})

describe('domainTicks', () => {
  it('spaces ticks evenly on round values inside the domain', () => {
    expect(domainTicks([2.5, 5])).toEqual([2.5, 3, 3.5, 4, 4.5, 5])
    expect(domainTicks([-22, -20.5])).toEqual([-22, -21.5, -21, -20.5])
    expect(domainTicks([0, 0.3])).toEqual([0, 0.1, 0.2, 0.3])
  })
})
