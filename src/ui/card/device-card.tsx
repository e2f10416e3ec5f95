import { memo, type CSSProperties, type ReactNode } from 'react'
import { eventColor } from '../event-colors'
import type { CardAlarm, CardReading } from './card-view'
import { BatteryLevel, SignalLevel } from './health-icons'
import type { StaleReason } from './staleness'
import './card.css'

export interface DeviceCardProps {
  id: string
  name: string
  /** Device type in words ("Temperature", "Door / contact"). */
  typeLabel: string
  /** The `description` label, shown when the reading has no details. */
  description: string
  reading: CardReading
  /** Age of the reading ("12 s"). */
  age: string
  /** Longer words for the age, e.g. "Reported 12:04:31; device last heard 4 s ago". */
  ageTitle: string
  stale: StaleReason | null
  battery: number | null
  /** Strength of the strongest cloud connector, 0–100. */
  signal: number | null
  signalTitle: string
  /** Sparkline or state strip, already sized to the card; null when the type has none. */
  chart: ReactNode
  /** Label of the chart's time window ("15 min", "paused 12:04"). */
  windowLabel: string
  alarm?: CardAlarm
  selected: boolean
  onSelect: (id: string) => void
}

const STALE_TITLE: Record<StaleReason, string> = {
  'not-live': 'The stream is not live: this value may be out of date',
  silent: 'The device has been silent much longer than usual',
}

/**
 * One device: name, big current value with unit and age, a live chart, battery and signal. The
 * name is the card's button (its click area is stretched over the whole card), so screen readers
 * hear a short name and keyboard users tab from card to card.
 */
export const DeviceCard = memo(function DeviceCard(p: DeviceCardProps) {
  const { reading, stale, alarm } = p
  const style = { '--accent': eventColor(reading.accentType) } as CSSProperties
  // Without a chart (connectors, touch) the details get the chart's room, one per line.
  const facts = !p.chart && reading.details.length > 0
  const details = facts ? '' : reading.details.join(' · ')
  return (
    <article
      className="device-card"
      style={style}
      data-device-id={p.id}
      data-stale={stale ? 'true' : undefined}
      data-alarm={alarm?.severity}
      data-selected={p.selected ? 'true' : undefined}
      aria-label={p.name}
    >
      <header className="card-head">
        <span className="card-dot" aria-hidden="true" />
        <button type="button" className="card-name" title={p.description ? `${p.name} — ${p.description}` : p.name} aria-current={p.selected ? 'true' : undefined} onClick={() => p.onSelect(p.id)}>
          {p.name}
        </button>
        <span className="card-type">{p.typeLabel}</span>
      </header>
      <div className="card-reading" data-tone={stale ? 'muted' : reading.tone} data-kind={reading.kind}>
        <span className="card-value num">{reading.value}</span>
        {reading.unit && <span className="card-unit">{reading.unit}</span>}
        <span className="card-age num" title={p.ageTitle}>
          {stale && (
            <span className="card-stale" title={STALE_TITLE[stale]}>
              stale
            </span>
          )}
          {p.age}
        </span>
      </div>
      {alarm ? (
        <p className="card-alarm">
          <span aria-hidden="true">▲ </span>
          {alarm.text}
        </p>
      ) : (
        <p className="card-details num" title={details || p.description}>
          {details || p.description || ' '}
        </p>
      )}
      <div className="card-chart">
        {p.chart ||
          (facts && (
            <ul className="card-facts num">
              {reading.details.map((d) => (
                <li key={d}>{d}</li>
              ))}
            </ul>
          ))}
      </div>
      <footer className="card-foot">
        <BatteryLevel percent={p.battery} />
        <SignalLevel percent={p.signal} title={p.signalTitle} />
        <span className="card-window">{p.windowLabel}</span>
      </footer>
    </article>
  )
})
