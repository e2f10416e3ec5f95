import { formatAge, formatRate } from '../format-age'
import type { ConnectionView } from './connection-view'
import './connection.css'

export interface ConnectionBadgeProps {
  view: ConnectionView
  now: number
  onReconnect: () => void
  onToggleDetails: () => void
  detailsOpen: boolean
}

/** The header's connection state: the most prominent element after the project name. */
export function ConnectionBadge({ view, now, onReconnect, onToggleDetails, detailsOpen }: ConnectionBadgeProps) {
  return (
    <div className="connection" data-tone={view.tone}>
      <button
        type="button"
        className="connection-state"
        aria-expanded={detailsOpen}
        aria-controls="connection-panel"
        onClick={onToggleDetails}
        title={view.detail ?? 'Show connection details'}
        aria-label={`${view.label}. Show connection details`}
      >
        <span className="connection-dot" aria-hidden="true" />
        <span role="status" aria-live="polite" aria-label="Connection" className="connection-label">
          {view.label}
        </span>
      </button>
      <span className="connection-figures num" aria-label="Stream activity">
        <span title="Time since the last event">last event {formatAge(view.lastEventAt, now)}</span>
        <span title="Time since the last ping">ping {formatAge(view.lastPingAt, now)}</span>
        <span title="Events per second">{formatRate(view.eventsPerSecond)} ev/s</span>
      </span>
      {view.canReconnect && (
        <button type="button" className="button small" onClick={onReconnect}>
          Reconnect now
        </button>
      )}
    </div>
  )
}
