import { formatClockTime } from './alarm-timing'
import type { TransitionView } from './alarm-views'

/** Alarm transitions, newest first, stamped with the sample time they happened at. */
export function AlarmHistory({ transitions }: { transitions: readonly TransitionView[] }) {
  if (!transitions.length) return <p className="alarm-empty muted">Nothing has happened yet in this tab.</p>
  return (
    <ol className="alarm-history">
      {transitions.map((t) => (
        <li key={t.id} data-kind={t.kind}>
          <time className="num" dateTime={new Date(t.time).toISOString()}>
            {formatClockTime(t.time)}
          </time>
          <span className="alarm-history-device">{t.deviceName}</span>
          <span className="alarm-history-text">{t.text}</span>
        </li>
      ))}
    </ol>
  )
}
