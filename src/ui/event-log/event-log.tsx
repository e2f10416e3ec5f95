import { useVirtualizer } from '@tanstack/react-virtual'
import { useRef } from 'react'
import type { EventLogEntry } from '../../store'
import { eventColor, eventTypeName } from '../event-colors'
import './event-log.css'

export interface EventLogProps {
  /** Oldest first, as the store keeps them; shown newest first. */
  entries: readonly EventLogEntry[]
  deviceName: (deviceId: string) => string
  /** Readable value of an entry ("21.4 °C", "Open"), in the user's unit. */
  summarize: (entry: EventLogEntry) => string
  paused: boolean
  onTogglePause: () => void
  onSelectDevice: (deviceId: string) => void
  onExportCsv: () => void
  /** Shown when no entry matches, e.g. "No events match the filters". */
  emptyText: string
}

const ROW_HEIGHT = 46
const timeFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false })

/** The event log: newest first, virtualised (5,000 lines cost as much as 30), pausable. */
export function EventLog({ entries, deviceName, summarize, paused, onTogglePause, onSelectDevice, onExportCsv, emptyText }: EventLogProps) {
  const scroller = useRef<HTMLDivElement>(null)
  const count = entries.length
  // The virtualizer hands out functions that React Compiler cannot memoise; this component opts out.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtual = useVirtualizer({ count, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 12 })

  return (
    <section className="event-log" aria-label="Event log">
      <header className="panel-header">
        <h2>
          Event log <span className="muted num">{count.toLocaleString('en-US')}</span>
        </h2>
        <div className="panel-actions">
          <button type="button" className="button small" aria-pressed={paused} onClick={onTogglePause}>
            {paused ? 'Resume log' : 'Pause log'}
          </button>
          <button type="button" className="button small" onClick={onExportCsv} disabled={count === 0}>
            CSV
          </button>
        </div>
      </header>
      <div ref={scroller} className="event-log-scroll" role="log" aria-label="Events, newest first" aria-live="off">
        {count === 0 ? (
          <p className="event-log-empty muted">{emptyText}</p>
        ) : (
          <div style={{ height: virtual.getTotalSize(), position: 'relative' }}>
            {virtual.getVirtualItems().map((row) => {
              const entry = entries[count - 1 - row.index]
              if (!entry) return null
              return (
                <button
                  type="button"
                  key={entry.eventId}
                  className="event-row"
                  data-event-id={entry.eventId}
                  data-origin={entry.origin}
                  style={{ transform: `translateY(${row.start}px)`, height: ROW_HEIGHT }}
                  onClick={() => onSelectDevice(entry.deviceId)}
                >
                  <span className="event-device">{deviceName(entry.deviceId)}</span>
                  <span className="event-summary num">{summarize(entry)}</span>
                  <span className="event-type" style={{ color: eventColor(entry.type) }}>
                    {eventTypeName(entry.type)}
                  </span>
                  <time className="num" dateTime={new Date(entry.time).toISOString()}>
                    {entry.origin === 'history' ? `from history · ${timeFormat.format(entry.time)}` : timeFormat.format(entry.time)}
                  </time>
                </button>
              )
            })}
          </div>
        )}
      </div>
    </section>
  )
}
