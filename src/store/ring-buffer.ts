/** Points per series by default: about 1 h of 2 s data. */
export const DEFAULT_SERIES_CAPACITY = 2048
/** Oldest point kept, relative to the newest one in the same buffer (the longest chart range). */
export const DEFAULT_MAX_AGE_MS = 24 * 60 * 60 * 1000
// 10,000 devices must fit: start small and double up to the cap instead of preallocating it.
const INITIAL_SLOTS = 8

/** How much a buffer may hold: a point count and an age window. */
export interface BufferLimits {
  capacity: number
  maxAgeMs: number
}

/** Plain arrays in time order, ready for a chart. */
export interface SeriesSnapshot {
  readonly times: readonly number[]
  readonly values: readonly number[]
}

/** Min, max and mean of the points in a range. */
export interface SeriesStats {
  readonly min: number
  readonly max: number
  readonly avg: number
  readonly count: number
}

/**
 * A time-ordered numeric series in two Float64Arrays used as a ring. Appending in order is O(1);
 * late points (isBackfilled, history merged after live data) are inserted in place, shifting the
 * shorter side, so they cost O(min(k, n − k)). Identical (time, value) points are dropped, so
 * overlapping history and live data never double up.
 */
export class RingBuffer {
  private times: Float64Array
  private values: Float64Array
  private head = 0
  private count = 0
  private limit: number
  private maxAgeMs: number

  constructor(limits: Partial<BufferLimits> = {}) {
    this.limit = Math.max(1, Math.floor(limits.capacity ?? DEFAULT_SERIES_CAPACITY))
    this.maxAgeMs = limits.maxAgeMs ?? DEFAULT_MAX_AGE_MS
    const slots = Math.min(this.limit, INITIAL_SLOTS)
    this.times = new Float64Array(slots)
    this.values = new Float64Array(slots)
  }

  /** Points held. */
  get size(): number {
    return this.count
  }

  /** Most points this buffer will hold. */
  get capacity(): number {
    return this.limit
  }

  /** Slots allocated so far (grows geometrically up to `capacity`). */
  get allocated(): number {
    return this.times.length
  }

  /** Time of the i-th point, oldest first. */
  timeAt(i: number): number {
    return this.times[this.slot(i)] ?? Number.NaN
  }

  /** Value of the i-th point, oldest first. */
  valueAt(i: number): number {
    return this.values[this.slot(i)] ?? Number.NaN
  }

  /** Newest time, or undefined when empty. */
  lastTime(): number | undefined {
    return this.count ? this.timeAt(this.count - 1) : undefined
  }

  /** Newest value, or undefined when empty. */
  lastValue(): number | undefined {
    return this.count ? this.valueAt(this.count - 1) : undefined
  }

  /** Index of the first point with time ≥ `time` (size when none). */
  lowerBound(time: number): number {
    return this.search(time, false)
  }

  /** Index of the first point with time > `time` (size when none). */
  upperBound(time: number): number {
    return this.search(time, true)
  }

  /** Adds a point in time order; false when it was a duplicate, too old, or not finite. */
  push(time: number, value: number): boolean {
    if (!Number.isFinite(time) || !Number.isFinite(value)) return false
    const n = this.count
    if (n === 0 || time > this.timeAt(n - 1)) {
      this.append(time, value)
      this.expire(time)
      return true
    }
    if (time < this.timeAt(n - 1) - this.maxAgeMs) return false
    let pos = this.upperBound(time)
    for (let i = pos - 1; i >= 0 && this.timeAt(i) === time; i--) {
      if (this.valueAt(i) === value) return false
    }
    if (n >= this.limit) {
      // Full: the oldest point goes; a point older than all we keep would go straight away.
      if (pos === 0) return false
      this.dropOldest(1)
      pos--
    } else if (n === this.times.length) {
      this.grow()
    }
    this.insertAt(pos, time, value)
    return true
  }

  /** Copies the points with from ≤ time ≤ to (both optional) into plain arrays. */
  snapshot(fromTime?: number, toTime?: number): SeriesSnapshot {
    const lo = fromTime === undefined ? 0 : this.lowerBound(fromTime)
    const hi = toTime === undefined ? this.count : this.upperBound(toTime)
    const times: number[] = []
    const values: number[] = []
    for (let i = lo; i < hi; i++) {
      times.push(this.timeAt(i))
      values.push(this.valueAt(i))
    }
    return { times, values }
  }

  /** Min, max and mean over from ≤ time ≤ to; null when no point falls in the range. */
  minMaxAvg(from: number, to: number): SeriesStats | null {
    const lo = this.lowerBound(from)
    const hi = this.upperBound(to)
    if (hi <= lo) return null
    let min = Infinity
    let max = -Infinity
    let sum = 0
    for (let i = lo; i < hi; i++) {
      const v = this.valueAt(i)
      if (v < min) min = v
      if (v > max) max = v
      sum += v
    }
    return { min, max, avg: sum / (hi - lo), count: hi - lo }
  }

  /** Applies new limits, dropping the oldest points that no longer fit; true when points were dropped. */
  setLimits(limits: Partial<BufferLimits>): boolean {
    this.limit = Math.max(1, Math.floor(limits.capacity ?? this.limit))
    this.maxAgeMs = limits.maxAgeMs ?? this.maxAgeMs
    const before = this.count
    if (this.count > this.limit) this.dropOldest(this.count - this.limit)
    const newest = this.lastTime()
    if (newest !== undefined) this.expire(newest)
    if (this.times.length > this.limit) this.reallocate(Math.min(this.limit, Math.max(INITIAL_SLOTS, this.count)))
    return this.count !== before
  }

  /** Removes every point and releases the grown storage. */
  clear(): void {
    this.head = 0
    this.count = 0
    this.times = new Float64Array(Math.min(this.limit, INITIAL_SLOTS))
    this.values = new Float64Array(this.times.length)
  }

  private search(time: number, after: boolean): number {
    let lo = 0
    let hi = this.count
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      const t = this.timeAt(mid)
      if (t < time || (after && t === time)) lo = mid + 1
      else hi = mid
    }
    return lo
  }

  private slot(i: number): number {
    const p = this.head + i
    return p >= this.times.length ? p - this.times.length : p
  }

  private append(time: number, value: number): void {
    if (this.count >= this.limit) this.dropOldest(1)
    else if (this.count === this.times.length) this.grow()
    const s = this.slot(this.count)
    this.times[s] = time
    this.values[s] = value
    this.count++
  }

  private insertAt(pos: number, time: number, value: number): void {
    const len = this.times.length
    if (pos < this.count - pos) {
      // Shift the older part one slot towards the front.
      this.head = this.head === 0 ? len - 1 : this.head - 1
      for (let i = 0; i < pos; i++) this.move(i + 1, i)
    } else {
      for (let i = this.count; i > pos; i--) this.move(i - 1, i)
    }
    const s = this.slot(pos)
    this.times[s] = time
    this.values[s] = value
    this.count++
  }

  private move(from: number, to: number): void {
    const a = this.slot(from)
    const b = this.slot(to)
    this.times[b] = this.times[a] ?? 0
    this.values[b] = this.values[a] ?? 0
  }

  private dropOldest(k: number): void {
    this.head = this.slot(k)
    this.count -= k
  }

  private expire(newest: number): void {
    const cutoff = newest - this.maxAgeMs
    let k = 0
    while (k < this.count && this.timeAt(k) < cutoff) k++
    if (k) this.dropOldest(k)
  }

  private grow(): void {
    this.reallocate(Math.min(this.limit, this.times.length * 2))
  }

  private reallocate(slots: number): void {
    const times = new Float64Array(slots)
    const values = new Float64Array(slots)
    for (let i = 0; i < this.count; i++) {
      times[i] = this.timeAt(i)
      values[i] = this.valueAt(i)
    }
    this.times = times
    this.values = values
    this.head = 0
  }
}
