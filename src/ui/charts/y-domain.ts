/** A value range for a chart's Y axis. */
export interface Domain {
  readonly lo: number
  readonly hi: number
}

/** 1, 2 or 5 times a power of ten, at least `raw`. */
export function niceStep(raw: number): number {
  if (!(raw > 0) || !Number.isFinite(raw)) return 1
  const power = 10 ** Math.floor(Math.log10(raw))
  const m = raw / power
  return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * power
}

/**
 * A padded range around [min, max], at least `minSpan` wide, with both ends on a round step
 * (about four steps), so tick labels read "−22 … −20" rather than "−21.73 … −20.12".
 */
export function fitDomain(min: number, max: number, minSpan: number): Domain {
  const mid = (min + max) / 2
  const span = Math.max(max - min, minSpan, Number.EPSILON)
  const lo0 = Math.min(min, mid - span / 2)
  const hi0 = Math.max(max, mid + span / 2)
  const pad = span * 0.12
  const step = niceStep((span + 2 * pad) / 4)
  return { lo: Math.floor((lo0 - pad) / step) * step, hi: Math.ceil((hi0 + pad) / step) * step }
}

/**
 * The domain to draw next, given the one drawn before. It stays put while the data fits inside
 * and the old range is not much wider than needed (at most `slack` times the fitted span), so
 * the line does not rescale on every new point; otherwise it refits. Returns `prev` itself when
 * unchanged, so callers can compare by identity.
 */
export function stableDomain(prev: Domain | null, min: number, max: number, minSpan: number, slack = 2.5): Domain | null {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return prev
  const fitted = fitDomain(min, max, minSpan)
  if (!prev) return fitted
  const fits = min >= prev.lo && max <= prev.hi
  if (fits && prev.hi - prev.lo <= slack * (fitted.hi - fitted.lo)) return prev
  return fitted.lo === prev.lo && fitted.hi === prev.hi ? prev : fitted
}

/** Smallest and largest finite value, or NaN for both when there is none. */
export function extent(values: readonly number[]): { min: number; max: number } {
  let min = Infinity
  let max = -Infinity
  for (const v of values) {
    if (v < min) min = v
    if (v > max) max = v
  }
  return min <= max ? { min, max } : { min: Number.NaN, max: Number.NaN }
}
