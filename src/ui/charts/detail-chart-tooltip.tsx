import type { DetailChartSeries } from './detail-chart'

const valueFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 })

interface TooltipEntry {
  readonly dataKey?: unknown
  readonly value?: unknown
}

/** What recharts passes to a custom tooltip (the parts we read). */
export interface DetailChartTooltipProps {
  series: readonly DetailChartSeries[]
  formatTime: (t: number) => string
  active?: boolean
  label?: unknown
  payload?: readonly TooltipEntry[]
}

/** Time, then each series' value with its unit, in the series' colour. */
export function DetailChartTooltip({ series, formatTime, active, label, payload }: DetailChartTooltipProps) {
  if (!active || typeof label !== 'number' || !payload?.length) return null
  return (
    <div className="detail-tooltip">
      <div className="detail-tooltip-time num">{formatTime(label)}</div>
      {payload.map((p) => {
        const s = series.find((x) => x.id === p.dataKey)
        if (!s || typeof p.value !== 'number') return null
        return (
          <div key={s.id} className="detail-tooltip-row">
            <span className="detail-tooltip-swatch" style={{ background: s.color }} />
            <span>{s.label}</span>
            <strong className="num">
              {valueFormat.format(p.value).replace('-', '−')} {s.unit}
            </strong>
          </div>
        )
      })}
    </div>
  )
}
