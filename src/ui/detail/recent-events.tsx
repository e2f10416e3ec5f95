import { eventColor, eventTypeName } from '../event-colors'

/** One event of the device, as the list shows it. */
export interface RecentEventView {
  readonly eventId: string
  readonly time: number
  readonly type: string
  readonly summary: string
  readonly origin: 'stream' | 'history'
}

const timeFormat = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' })

/** The device's newest events from the log, newest first; history-filled ones are marked. */
export function RecentEvents({ events, limit }: { events: readonly RecentEventView[]; limit: number }) {
  return (
    <section className="detail-card recent-events" aria-labelledby="recent-events-title">
      <h3 className="detail-card-title" id="recent-events-title">
        Recent events <span className="muted">newest first, up to {limit}</span>
      </h3>
      {events.length === 0 ? (
        <p className="muted">No events from this device in the log yet.</p>
      ) : (
        <ol className="detail-recent-list">
          {events.map((e) => (
            <li key={e.eventId} data-origin={e.origin}>
              <time className="num" dateTime={new Date(e.time).toISOString()}>
                {timeFormat.format(e.time)}
              </time>
              <span className="event-type" style={{ color: eventColor(e.type) }}>
                {eventTypeName(e.type)}
              </span>
              <span className="num">{e.summary}</span>
              {e.origin === 'history' && <span className="detail-tag">from history</span>}
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
