/** Small statistics for the bench; every function takes raw samples and never mutates them. */

/** The p-th percentile (0–100) by linear interpolation between closest ranks; NaN when empty. */
export function percentile(samples: readonly number[], p: number): number {
  if (!samples.length) return Number.NaN
  const sorted = [...samples].sort((a, b) => a - b)
  const rank = (Math.min(100, Math.max(0, p)) / 100) * (sorted.length - 1)
  const lo = Math.floor(rank)
  const hi = Math.ceil(rank)
  const a = sorted[lo] as number
  const b = sorted[hi] as number
  return a + (b - a) * (rank - lo)
}

export const median = (samples: readonly number[]): number => percentile(samples, 50)

export function mean(samples: readonly number[]): number {
  if (!samples.length) return Number.NaN
  let sum = 0
  for (const v of samples) sum += v
  return sum / samples.length
}

/** Least-squares slope of y over x (units of y per unit of x); 0 with fewer than two points. */
export function slope(xs: readonly number[], ys: readonly number[]): number {
  const n = Math.min(xs.length, ys.length)
  if (n < 2) return 0
  const mx = mean(xs.slice(0, n))
  const my = mean(ys.slice(0, n))
  let num = 0
  let den = 0
  for (let i = 0; i < n; i++) {
    const dx = (xs[i] as number) - mx
    num += dx * ((ys[i] as number) - my)
    den += dx * dx
  }
  return den === 0 ? 0 : num / den
}

/**
 * Frame rate from rAF timestamps (ms): the instantaneous rate of each frame (1000 / interval),
 * its median and 5th percentile. A long frame counts once, as one slow frame, so `p5` is where
 * stutter shows; `frames` is how many frames the window held.
 */
export function frameRate(timestamps: readonly number[]): { median: number; p5: number; frames: number; longest: number } {
  const fps: number[] = []
  let longest = 0
  for (let i = 1; i < timestamps.length; i++) {
    const dt = (timestamps[i] as number) - (timestamps[i - 1] as number)
    if (dt <= 0) continue
    fps.push(1000 / dt)
    longest = Math.max(longest, dt)
  }
  return { median: median(fps), p5: percentile(fps, 5), frames: fps.length, longest }
}

/** Rounds for display: integers above 100, one decimal below. */
export function round(value: number, digits?: number): number {
  if (!Number.isFinite(value)) return value
  const d = digits ?? (Math.abs(value) >= 100 ? 0 : 1)
  const f = 10 ** d
  return Math.round(value * f) / f
}
