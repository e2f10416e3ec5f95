import { memo, useMemo } from 'react'
import { activeSummary, formatSpan, stripSegments, type Changes } from './strip-segments'
import './charts.css'

export interface StateStripProps {
  /** State changes, led by the one in force at `from` (a StateTimeline snapshot). */
  changes: Changes
  from: number
  to: number
  width: number
  height: number
  /** States drawn in the accent colour (OPEN, PRESENT, MOTION_DETECTED, OCCUPIED). */
  activeStates: readonly string[]
  /** Word for the active state in the caption ("Open", "Occupied"). */
  activeLabel: string
  color: string
  label: string
}

/** A binary sensor's states over the live window as coloured bands, with time spent active. */
export const StateStrip = memo(function StateStrip({ changes, from, to, width, height, activeStates, activeLabel, color, label }: StateStripProps) {
  const segments = useMemo(() => stripSegments(changes, from, to), [changes, from, to])
  const { activeMs, changes: flips } = activeSummary(segments, activeStates)
  const scale = width / (to - from)
  const caption = `${activeLabel} ${formatSpan(activeMs)} · ${flips} ${flips === 1 ? 'change' : 'changes'}`

  return (
    <div className="state-strip" data-segments={segments.length}>
      <svg viewBox={`0 0 ${width} ${height}`} preserveAspectRatio="none" width="100%" height={height} role="img" aria-label={`${label}: ${caption}`}>
        {segments.map((s) => {
          const kind = s.state === null ? 'unknown' : activeStates.includes(s.state) ? 'on' : 'off'
          return (
            <rect
              key={s.start}
              x={(s.start - from) * scale}
              width={Math.max(0.5, (s.end - s.start) * scale)}
              y={0}
              height={height}
              className={`strip-${kind}`}
              style={kind === 'on' ? { fill: color } : undefined}
            />
          )
        })}
      </svg>
      <span className="state-strip-caption num">{caption}</span>
    </div>
  )
})
