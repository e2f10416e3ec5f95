import { memo, useMemo, useState } from 'react'
import { downsampleMinMax, type Points } from './downsample'
import { medianSpacing, sparkPaths } from './sparkline-path'
import { extent, stableDomain, type Domain } from './y-domain'
import './charts.css'

export interface SparklineProps {
  /** Points inside [from, to], oldest first; memoise them, the chart redraws when they change. */
  points: Points
  from: number
  to: number
  /** Drawing size in CSS pixels; the width also caps the points drawn (min/max buckets). */
  width: number
  height: number
  /** Line colour, usually an event-type accent (`var(--c-temperature)`). */
  color: string
  /** Narrowest Y range shown, in the values' unit, so noise on a flat line stays flat. */
  minSpan: number
  formatTick: (value: number) => string
  /** What the chart shows, for screen readers ("Temperature, last 15 min"). */
  label: string
  emptyText?: string
}

// Breaks shorter than this never split the line: history prefill arrives a minute apart.
const MIN_GAP_MS = 5 * 60_000
/** Room on the right for the domain labels, so they never sit on the newest points. */
const TICK_GUTTER = 34

/**
 * A card's live line, drawn as one SVG path we build ourselves rather than with recharts: the
 * grid shows dozens of these at once and 5,000 events/s must keep 50 fps. A recharts LineChart
 * costs a ResponsiveContainer observer plus axes, layers and a node tree per chart on every
 * update; here an update is two path strings. The viewBox stretches to the card
 * (non-scaling stroke), so no resize observer is needed either. The detail view uses recharts.
 */
export const Sparkline = memo(function Sparkline({ points, from, to, width: outer, height, color, minSpan, formatTick, label, emptyText = 'No readings in this window' }: SparklineProps) {
  const width = Math.max(8, outer - TICK_GUTTER)
  const drawn = useMemo(() => downsampleMinMax(points, from, to, Math.max(8, Math.round(width / 2))), [points, from, to, width])
  const { min, max } = useMemo(() => extent(drawn.values), [drawn])
  // Derived state: the domain only moves when the data leaves it (see stableDomain).
  const [domain, setDomain] = useState<Domain | null>(() => stableDomain(null, min, max, minSpan))
  const next = stableDomain(domain, min, max, minSpan)
  if (next !== domain) setDomain(next)
  const gapMs = Math.max(MIN_GAP_MS, medianSpacing(drawn.times) * 5)
  const paths = useMemo(() => (next ? sparkPaths(drawn, from, to, next, { width, height }, gapMs) : null), [drawn, from, to, next, width, height, gapMs])
  const count = points.times.length

  return (
    <div className="sparkline" style={{ height }} data-points={count} data-drawn={drawn.times.length}>
      {count === 0 || !next || !paths ? (
        <span className="chart-empty">{emptyText}</span>
      ) : (
        <>
          <svg viewBox={`0 0 ${width} ${height}`} preserveAspectRatio="none" height={height} role="img" aria-label={`${label}: ${formatTick(min)} to ${formatTick(max)}`}>
            <path d={paths.area} className="sparkline-area" style={{ fill: color }} />
            <path d={paths.line} className="sparkline-line" style={{ stroke: color }} vectorEffect="non-scaling-stroke" />
          </svg>
          <span className="chart-ticks num" aria-hidden="true" style={{ width: TICK_GUTTER }}>
            <span>{formatTick(next.hi)}</span>
            <span>{formatTick(next.lo)}</span>
          </span>
        </>
      )}
    </div>
  )
})
