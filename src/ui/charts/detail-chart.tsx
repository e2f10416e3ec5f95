import { useMemo } from 'react'
import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts'
import { downsampleMinMax } from '../detail/min-max-downsample'
import { useElementWidth } from '../detail/use-element-width'
import { domainTicks } from '../detail/y-domain'
import { DetailChartTooltip } from './detail-chart-tooltip'
import { ZoomSurface } from './zoom-surface'

/** One line, its values already in the display unit. */
export interface DetailChartSeries {
  readonly id: string
  readonly label: string
  readonly unit: string
  readonly color: string
  readonly axis: 'left' | 'right'
  readonly times: readonly number[]
  readonly values: readonly number[]
  readonly domain: readonly [number, number] | undefined
  /** Counters step from one total to the next instead of sloping. */
  readonly step?: boolean
}

/** A horizontal rule line (an alarm threshold); its label goes in the panel's legend, not over the data. */
export interface DetailChartThreshold {
  readonly id: string
  readonly axis: 'left' | 'right'
  readonly value: number
  readonly label: string
  readonly firing: boolean
}

/** Props of {@link DetailChart}; values are already in display units. */
export interface DetailChartProps {
  series: readonly DetailChartSeries[]
  from: number
  to: number
  ticks: readonly number[]
  formatTick: (t: number) => string
  formatTime: (t: number) => string
  thresholds?: readonly DetailChartThreshold[]
  height: number
  /** Fixed width (tests, jsdom); otherwise the chart measures its box. */
  width?: number
  /** What the chart shows, for screen readers ("Temperature, last 1 h"). */
  title: string
  /** Called with the two times of a drag across the plot; without it the chart does not zoom. */
  onZoom?: (a: number, b: number) => void
}

/** Pixels per min/max bucket: one bucket gives two points, so about one point per pixel. */
const PX_PER_BUCKET = 2
const AXIS_WIDTH = 48
const axisNumber = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 })
const axisTick = (v: number) => axisNumber.format(v).replace('-', '−')
const NO_THRESHOLDS: readonly DetailChartThreshold[] = []

type Row = { t: number } & Record<string, number | undefined>

/**
 * The detail view's large chart: a numeric epoch-ms time axis over a fixed window, points reduced
 * to the chart's width with min/max buckets (extremes survive), stable Y domains from the caller,
 * thresholds as dashed lines, no animation and no dots (recharts re-animates on every update).
 */
export function DetailChart({ series, from, to, ticks, formatTick, formatTime, thresholds = NO_THRESHOLDS, height, width, title, onZoom }: DetailChartProps) {
  const [ref, measured] = useElementWidth<HTMLDivElement>()
  const w = width ?? measured
  const buckets = Math.max(40, Math.floor((w - AXIS_WIDTH * series.length) / PX_PER_BUCKET))
  const raw = series.reduce((n, s) => n + s.times.length, 0)
  // The newest sample drawn: tests and probes see a live chart move even when its window is full.
  const newest = series.reduce((t, s) => Math.max(t, s.times[s.times.length - 1] ?? 0), 0)

  const rows = useMemo(() => {
    const byTime = new Map<number, Row>()
    for (const s of series) {
      for (const p of downsampleMinMax(s.times, s.values, from, to, buckets)) {
        let row = byTime.get(p.t)
        if (!row) byTime.set(p.t, (row = { t: p.t }))
        row[s.id] = p.v
      }
    }
    return [...byTime.values()].sort((a, b) => a.t - b.t)
  }, [series, from, to, buckets])

  const left = series.find((s) => s.axis === 'left')
  // An axis colours its ticks like its line; shared by several lines (compared devices) it stays neutral.
  const leftTick = series.filter((s) => s.axis === 'left').length > 1 ? 'var(--fg-3)' : (left?.color ?? 'var(--fg-3)')
  const right = series.find((s) => s.axis === 'right')
  const marginRight = right ? 4 : 16

  const chart = w > 0 && (
    <LineChart width={w} height={height} data={rows} margin={{ top: 8, right: marginRight, bottom: 0, left: 0 }} title={title}>
      <CartesianGrid stroke="var(--border)" strokeDasharray="2 4" vertical={false} />
      <XAxis
        dataKey="t"
        type="number"
        domain={[from, to]}
        allowDataOverflow
        ticks={[...ticks]}
        tickFormatter={formatTick}
        stroke="var(--fg-3)"
        tick={{ fill: 'var(--fg-3)', fontSize: 12 }}
        tickLine={false}
      />
      <YAxis
        yAxisId="left"
        width={AXIS_WIDTH}
        domain={left?.domain ? [...left.domain] : ['auto', 'auto']}
        {...(left?.domain ? { ticks: domainTicks(left.domain) } : {})}
        allowDataOverflow
        tickFormatter={axisTick}
        stroke="var(--fg-3)"
        tick={{ fill: leftTick, fontSize: 12 }}
        tickLine={false}
        axisLine={false}
      />
      {right && (
        <YAxis
          yAxisId="right"
          orientation="right"
          width={AXIS_WIDTH}
          domain={right.domain ? [...right.domain] : ['auto', 'auto']}
          {...(right.domain ? { ticks: domainTicks(right.domain) } : {})}
          allowDataOverflow
          tickFormatter={axisTick}
          tick={{ fill: right.color, fontSize: 12 }}
          tickLine={false}
          axisLine={false}
        />
      )}
      <Tooltip content={<DetailChartTooltip series={series} formatTime={formatTime} />} isAnimationActive={false} cursor={{ stroke: 'var(--fg-3)', strokeDasharray: '3 3' }} />
      {thresholds.map((th) => (
        <ReferenceLine
          key={th.id}
          yAxisId={th.axis}
          y={th.value}
          stroke={th.firing ? 'var(--bad)' : 'var(--warn)'}
          strokeDasharray="6 4"
          strokeWidth={1.5}
        />
      ))}
      {series.map((s) => (
        <Line
          key={s.id}
          yAxisId={s.axis}
          dataKey={s.id}
          name={s.label}
          type={s.step ? 'stepAfter' : 'linear'}
          stroke={s.color}
          strokeWidth={1.75}
          dot={false}
          activeDot={{ r: 3 }}
          connectNulls
          isAnimationActive={false}
        />
      ))}
    </LineChart>
  )
  return (
    <div ref={ref} className="detail-chart" style={{ height }} data-points={raw} data-rendered-points={rows.length} data-newest={newest || undefined}>
      {chart && onZoom ? (
        <ZoomSurface span={{ from, to }} plot={{ left: AXIS_WIDTH, right: w - marginRight - (right ? AXIS_WIDTH : 0) }} onSelect={onZoom}>
          {chart}
        </ZoomSurface>
      ) : (
        chart
      )}
    </div>
  )
}
