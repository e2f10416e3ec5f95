/** A time span on the detail charts, epoch ms, `from` < `to`. */
export interface TimeSpan {
  readonly from: number
  readonly to: number
}

/** The narrowest zoom: below this a 2nd-gen sensor's samples (seconds apart) are all one sees. */
export const MIN_ZOOM_MS = 10_000

/** The plot area's left and right edges in the chart's own pixels. */
export interface PlotEdges {
  readonly left: number
  readonly right: number
}

/** The time under pixel `x` of a chart showing `span` between `plot`'s edges, clamped to the span. */
export function timeAt(x: number, plot: PlotEdges, span: TimeSpan): number {
  const width = plot.right - plot.left
  if (!(width > 0)) return span.from
  const f = Math.min(1, Math.max(0, (x - plot.left) / width))
  return span.from + f * (span.to - span.from)
}

/**
 * The span between two times picked on a chart, in either order, widened about its centre to
 * `minMs` when narrower, and kept within `bounds`. Null when the two are the same time (a click).
 */
export function spanBetween(a: number, b: number, bounds: TimeSpan, minMs = MIN_ZOOM_MS): TimeSpan | null {
  if (a === b) return null
  const from = Math.min(a, b)
  const to = Math.max(a, b)
  return fit({ from, to }, bounds, minMs)
}

/** `span` shrunk to half about its centre (never below `minMs`), within `bounds`. */
export function zoomIn(span: TimeSpan, bounds: TimeSpan, minMs = MIN_ZOOM_MS): TimeSpan {
  const quarter = (span.to - span.from) / 4
  return fit({ from: span.from + quarter, to: span.to - quarter }, bounds, minMs)
}

/** `span` doubled about its centre, within `bounds`; null once it covers them (back to the whole range). */
export function zoomOut(span: TimeSpan, bounds: TimeSpan): TimeSpan | null {
  const half = (span.to - span.from) / 2
  const wide = { from: span.from - half, to: span.to + half }
  if (wide.to - wide.from >= bounds.to - bounds.from) return null
  return fit(wide, bounds, 0)
}

function fit(span: TimeSpan, bounds: TimeSpan, minMs: number): TimeSpan {
  const boundsMs = bounds.to - bounds.from
  const want = Math.min(boundsMs, Math.max(minMs, span.to - span.from))
  const centre = (span.from + span.to) / 2
  let from = centre - want / 2
  // Slide a span that sticks out back inside, keeping its width.
  from = Math.min(Math.max(from, bounds.from), bounds.to - want)
  return { from: Math.round(from), to: Math.round(from + want) }
}

const SECOND = 1000
const MINUTE = 60 * SECOND
const HOUR = 60 * MINUTE
const STEPS = [SECOND, 2 * SECOND, 5 * SECOND, 10 * SECOND, 15 * SECOND, 30 * SECOND, MINUTE, 2 * MINUTE, 5 * MINUTE, 10 * MINUTE, 15 * MINUTE, 30 * MINUTE, HOUR, 2 * HOUR, 3 * HOUR, 6 * HOUR]

/** A tick distance on the clock's round numbers that puts about `target` ticks across `spanMs`. */
export function tickStepFor(spanMs: number, target = 6): number {
  for (const step of STEPS) if (spanMs / step <= target) return step
  return STEPS[STEPS.length - 1] as number
}
