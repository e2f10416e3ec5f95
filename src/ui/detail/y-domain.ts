/** A chart's value range: [low, high]. */
export type Domain = readonly [number, number]

/** Evenly spaced axis ticks over a domain from stableDomain (its step divides the span). */
export function domainTicks(domain: Domain): number[] {
  const span = domain[1] - domain[0]
  if (!(span > 0)) return [domain[0]]
  const step = niceStep(span / 1.25)
  const ticks: number[] = []
  // Rounding keeps 0.1 + 0.2 from printing as 0.30000000000000004.
  for (let v = Math.ceil(domain[0] / step) * step; v <= domain[1] + step / 1e6; v += step) ticks.push(Number(v.toFixed(6)))
  return ticks
}

function niceStep(span: number): number {
  const raw = span / 4
  const p = 10 ** Math.floor(Math.log10(raw))
  const f = raw / p
  return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10) * p
}

/**
 * A Y domain that holds the data and any threshold lines, rounded out to a "nice" step so it
 * moves only when the data crosses a step, not with every new point (no axis jitter while live).
 * `minSpan` keeps a flat series from being magnified into noise (0.01 °C looking like a cliff).
 */
export function stableDomain(values: Iterable<number>, minSpan: number, extra: readonly number[] = []): Domain | undefined {
  let lo = Infinity
  let hi = -Infinity
  for (const v of values) {
    if (v < lo) lo = v
    if (v > hi) hi = v
  }
  for (const v of extra) {
    if (v < lo) lo = v
    if (v > hi) hi = v
  }
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return undefined
  if (hi - lo < minSpan) {
    const mid = (lo + hi) / 2
    lo = mid - minSpan / 2
    hi = mid + minSpan / 2
  }
  const step = niceStep(hi - lo)
  // Headroom of a quarter step, so the line never sits on the frame.
  return [Math.floor((lo - step / 4) / step) * step, Math.ceil((hi + step / 4) / step) * step]
}
