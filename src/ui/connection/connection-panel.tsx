import type { ConnectionView, StatusRow } from './connection-view'

export interface ConnectionPanelProps {
  view: ConnectionView
  rows: StatusRow[]
  onClose: () => void
}

/** The stream's state machine and counters, live; opened from the header badge. */
export function ConnectionPanel({ view, rows, onClose }: ConnectionPanelProps) {
  return (
    <section id="connection-panel" className="connection-panel" aria-label="Connection details">
      <header>
        <h2>Connection</h2>
        <button type="button" className="button small" onClick={onClose}>
          Close
        </button>
      </header>
      {(view.detail || view.hint) && (
        <div className="connection-problem" data-tone={view.tone}>
          {view.detail && <p className="connection-detail">{view.detail}</p>}
          {view.hint && <p className="muted">{view.hint}</p>}
        </div>
      )}
      <dl className="status-rows">
        {rows.map((r) => (
          <div key={r.key} data-key={r.key} data-alert={r.alert ? 'true' : undefined}>
            <dt>{r.label}</dt>
            <dd className="num">{r.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  )
}
