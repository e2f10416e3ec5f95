import { downsampleMinMax as minMaxBuckets } from '../charts/downsample'

/** A chart point: epoch ms and value. */
export interface ChartPoint {
  readonly t: number
  readonly v: number
}

/**
 * The detail chart's min/max downsampling (the same buckets as the sparklines, see
 * charts/downsample.ts) as recharts points. Unlike averaging or LTTB it keeps every extreme, so a
 * 30-second spike in 24 h of samples stays visible and the drawn min/max match the stats. The
 * first and last points are always kept, so the line reaches the window's ends.
 */
export function downsampleMinMax(times: readonly number[], values: readonly number[], from: number, to: number, buckets: number): ChartPoint[] {
  const n = Math.min(times.length, values.length)
  const kept = minMaxBuckets({ times, values }, from, to, buckets)
  const out: ChartPoint[] = []
  for (let i = 0; i < Math.min(n, kept.times.length, kept.values.length); i++) out.push({ t: kept.times[i] as number, v: kept.values[i] as number })
  if (n === 0) return out
  const first = { t: times[0] as number, v: values[0] as number }
  const last = { t: times[n - 1] as number, v: values[n - 1] as number }
  if (out[0]?.t !== first.t) out.unshift(first)
  if (out[out.length - 1]?.t !== last.t) out.push(last)
  return out
}
