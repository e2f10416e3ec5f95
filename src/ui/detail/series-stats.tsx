import { statValue } from './stat-value'

/** Window statistics of one series, values already in the display unit. */
export interface SeriesStatsView {
  readonly id: string
  readonly label: string
  readonly unit: string
  readonly color: string
  readonly current: number
  readonly min: number
  readonly max: number
  readonly avg: number
  readonly count: number
}


/** Current, min, max and average of the window, one line per series. */
export function SeriesStats({ stats, windowLabel, latestLabel = 'Current' }: { stats: readonly SeriesStatsView[]; windowLabel: string; latestLabel?: string }) {
  return (
    <div className="detail-stats">
      {stats.map((s) => (
        <dl key={s.id} className="detail-stats-line" data-series={s.id} aria-label={`${s.label}, ${windowLabel}`}>
          <div className="detail-stat detail-stat-current">
            <dt>
              <span className="detail-swatch" style={{ background: s.color }} aria-hidden="true" />
              {stats.length === 1 ? latestLabel : s.label}
            </dt>
            <dd className="num">{statValue(s.current, s.unit)}</dd>
          </div>
          <div className="detail-stat">
            <dt>Min</dt>
            <dd className="num">{statValue(s.min, s.unit)}</dd>
          </div>
          <div className="detail-stat">
            <dt>Max</dt>
            <dd className="num">{statValue(s.max, s.unit)}</dd>
          </div>
          <div className="detail-stat">
            <dt>Average</dt>
            <dd className="num">{statValue(s.avg, s.unit)}</dd>
          </div>
          <div className="detail-stat detail-stat-count">
            <dt>Samples</dt>
            <dd className="num">{s.count.toLocaleString('en-US')}</dd>
          </div>
        </dl>
      ))}
    </div>
  )
}
