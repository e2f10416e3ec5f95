/** A chart point: epoch ms and value. */
export interface ChartPoint {
  readonly t: number
  readonly v: number
}

/**
 * Reduces a time-ordered series to at most about `2 × buckets` points by keeping, per time bucket,
 * its lowest and highest point in time order. Unlike averaging or LTTB this keeps every extreme,
 * so a 30-second spike in 24 h of samples stays visible and the drawn min/max match the stats.
 * The first and last points are always kept, so the line reaches the window's ends.
 */
export function downsampleMinMax(times: readonly number[], values: readonly number[], from: number, to: number, buckets: number): ChartPoint[] {
  const n = Math.min(times.length, values.length)
  const out: ChartPoint[] = []
  if (n <= Math.max(2, buckets * 2) || to <= from) {
    for (let i = 0; i < n; i++) out.push({ t: times[i] as number, v: values[i] as number })
    return out
  }
  const width = (to - from) / buckets
  let bucket = -1
  let lo = -1
  let hi = -1
  const flush = () => {
    if (lo < 0) return
    const [a, b] = lo <= hi ? [lo, hi] : [hi, lo]
    out.push({ t: times[a] as number, v: values[a] as number })
    if (b !== a) out.push({ t: times[b] as number, v: values[b] as number })
  }
  for (let i = 0; i < n; i++) {
    const b = Math.min(buckets - 1, Math.max(0, Math.floor(((times[i] as number) - from) / width)))
    const v = values[i] as number
    if (b !== bucket) {
      flush()
      bucket = b
      lo = hi = i
    } else {
      if (v < (values[lo] as number)) lo = i
      if (v > (values[hi] as number)) hi = i
    }
  }
  flush()
  const first = { t: times[0] as number, v: values[0] as number }
  const last = { t: times[n - 1] as number, v: values[n - 1] as number }
  if (out[0]?.t !== first.t) out.unshift(first)
  if (out[out.length - 1]?.t !== last.t) out.push(last)
  return out
}
