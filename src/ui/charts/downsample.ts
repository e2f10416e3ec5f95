/** Parallel time and value arrays in time order. */
export interface Points {
  readonly times: readonly number[]
  readonly values: readonly number[]
}

/**
 * Min/max bucket downsampling: splits [from, to] into `buckets` equal time slices and keeps the
 * lowest and the highest point of each, in time order. A line through them has the same envelope
 * as the full series, so a one-sample spike on a freezer still shows, at about two points per
 * bucket. Series already short enough (≤ 2 × buckets) come back as they are.
 */
export function downsampleMinMax(points: Points, from: number, to: number, buckets: number): Points {
  const { times, values } = points
  const n = Math.min(times.length, values.length)
  const slots = Math.max(1, Math.floor(buckets))
  if (n <= slots * 2 || !(to > from)) return points
  const scale = slots / (to - from)
  const outT: number[] = []
  const outV: number[] = []
  let bucket = -1
  let minI = -1
  let maxI = -1
  const emit = () => {
    if (minI < 0) return
    const first = Math.min(minI, maxI)
    const second = Math.max(minI, maxI)
    outT.push(times[first] as number)
    outV.push(values[first] as number)
    if (second !== first) {
      outT.push(times[second] as number)
      outV.push(values[second] as number)
    }
  }
  for (let i = 0; i < n; i++) {
    const t = times[i] as number
    const v = values[i] as number
    const b = Math.min(slots - 1, Math.max(0, Math.floor((t - from) * scale)))
    if (b !== bucket) {
      emit()
      bucket = b
      minI = maxI = i
    } else {
      if (v < (values[minI] as number)) minI = i
      if (v > (values[maxI] as number)) maxI = i
    }
  }
  emit()
  return { times: outT, values: outV }
}
