import { stateSegments } from './state-segments'

/** Props of {@link StateStrip}. */
export interface StateStripProps {
  title: string
  color: string
  times: readonly number[]
  states: readonly string[]
  from: number
  to: number
  /** States drawn in the accent colour (open, present, motion); the others are drawn muted. */
  isActive: (state: string) => boolean
  describeState: (state: string) => string
  /** Band tooltips: "Open: 12:04:31 – 12:06:02". */
  formatTime: (t: number) => string
  /** The chart's time ticks, so strip and chart read the same. */
  ticks: readonly number[]
  formatTick: (t: number) => string
}

/** A binary event type as bands over time, with a text summary for screen readers. */
export function StateStrip({ title, color, times, states, from, to, isActive, describeState, formatTime, ticks, formatTick }: StateStripProps) {
  const segments = stateSegments(times, states, from, to)
  const span = to - from
  const changes = segments.filter((s) => s.start > from).length
  const last = segments[segments.length - 1]
  const summary = last ? `${describeState(last.state)} now; ${changes} change${changes === 1 ? '' : 's'} in the window` : 'No state known in this window'
  return (
    <section className="detail-card detail-strip-panel" aria-label={title}>
      <div className="detail-strip-head">
        <h3 className="detail-card-title">{title}</h3>
        <span className="detail-strip-summary">
          {last && <strong style={{ color: isActive(last.state) ? color : undefined }}>{describeState(last.state)}</strong>}
          <span className="muted">
            {' '}
            · {changes} change{changes === 1 ? '' : 's'}
          </span>
        </span>
      </div>
      <div className="detail-strip" role="img" aria-label={`${title}: ${summary}`} data-changes={changes}>
        {segments.map((s) => (
          <span
            key={s.start}
            className={isActive(s.state) ? 'detail-band is-active' : 'detail-band'}
            style={{ left: `${((s.start - from) / span) * 100}%`, width: `${((s.end - s.start) / span) * 100}%`, background: isActive(s.state) ? color : undefined }}
            title={`${describeState(s.state)}: ${formatTime(s.start)} – ${formatTime(s.end)}`}
          />
        ))}
      </div>
      <div className="detail-strip-axis muted num" aria-hidden="true">
        {ticks.map((t) => (
          <span key={t} style={{ left: `${((t - from) / span) * 100}%` }}>
            {formatTick(t)}
          </span>
        ))}
      </div>
    </section>
  )
}
