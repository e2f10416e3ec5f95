import type { ReactNode } from 'react'
import { DetailChart, type DetailChartProps } from '../charts/detail-chart'
import { SeriesStats, type SeriesStatsView } from './series-stats'

/** Where a panel's data stands: history ranges load, the live range is always ready. */
export type PanelStatus = { kind: 'ready' } | { kind: 'loading'; text: string } | { kind: 'error'; text: string; onRetry: () => void }

/** Props of {@link SeriesPanel}. */
export interface SeriesPanelProps {
  title: string
  status: PanelStatus
  stats: readonly SeriesStatsView[]
  /** "last 1 h", for the stats' accessible name. */
  windowLabel: string
  /** A line under the chart, e.g. a cut-off history. */
  note?: string
  /** Controls beside the title (the compare picker). */
  actions?: ReactNode
  /** What the newest value in the window is called: "Current", or "Last" on a zoomed window. */
  latestLabel?: string
  chart: DetailChartProps
}

/** One chart with its window statistics, and its loading, error and empty states. */
export function SeriesPanel({ title, status, stats, windowLabel, note, latestLabel, actions, chart }: SeriesPanelProps) {
  const empty = status.kind === 'ready' && chart.series.every((s) => s.times.length === 0)
  return (
    <section className="detail-card series-panel" aria-label={title} data-status={status.kind}>
      {actions ? (
        <div className="series-panel-head">
          <h3 className="detail-card-title">{title}</h3>
          {actions}
        </div>
      ) : (
        <h3 className="detail-card-title">{title}</h3>
      )}
      {stats.length > 0 ? <SeriesStats stats={stats} windowLabel={windowLabel} {...(latestLabel ? { latestLabel } : {})} /> : <p className="detail-stats-empty muted">No samples {windowLabel}.</p>}
      {chart.thresholds && chart.thresholds.length > 0 && (
        <ul className="detail-thresholds" aria-label="Alarm thresholds">
          {chart.thresholds.map((t) => (
            <li key={t.id} data-firing={t.firing || undefined}>
              <span className="detail-threshold-dash" aria-hidden="true" />
              {t.label}
              {t.firing && <strong> · firing</strong>}
            </li>
          ))}
        </ul>
      )}
      <div className="detail-chart-frame">
        <DetailChart {...chart} />
        {status.kind === 'loading' && (
          <div className="detail-chart-overlay" role="status">
            <span className="detail-spinner" aria-hidden="true" /> {status.text}
          </div>
        )}
        {status.kind === 'error' && (
          <div className="detail-chart-overlay detail-chart-error" role="alert">
            <span>{status.text}</span>
            <button type="button" className="button small" onClick={status.onRetry}>
              Try again
            </button>
          </div>
        )}
        {empty && <div className="detail-chart-overlay muted">Nothing reported {windowLabel}.</div>}
      </div>
      {note && <p className="detail-chart-note muted">{note}</p>}
    </section>
  )
}
