import { alarmTiming, formatSpan } from './alarm-timing'
import type { AlarmItemView } from './alarm-views'

/** Props of {@link AlarmList}. */
export interface AlarmListProps {
  alarms: readonly AlarmItemView[]
  now: number
  onAcknowledge: (key: string) => void
  onOpenDevice: (deviceId: string) => void
}

const LABEL = { firing: 'Alarm', pending: 'Pending', cleared: 'Cleared' } as const

/** Firing alarms first (red), then pending (amber, with the delay's progress), acknowledged (muted), cleared. */
export function AlarmList({ alarms, now, onAcknowledge, onOpenDevice }: AlarmListProps) {
  return (
    <ul className="alarm-list">
      {alarms.map((a) => {
        const state = a.phase === 'firing' && a.acknowledged ? 'acknowledged' : a.phase
        const progress = a.phase === 'pending' && a.delayS > 0 ? Math.min(1, (now - a.startedAt) / (a.delayS * 1000)) : undefined
        // "door open 6 min", "no data for 42 min": how long it has lasted is the news, kept on one line.
        const condition = a.ongoing && a.phase === 'firing' ? <span className="alarm-ongoing num">{`${a.ongoing} ${formatSpan(now - a.startedAt)}`}</span> : a.condition
        return (
          <li key={a.key} className="alarm-item" data-state={state} data-alarm-key={a.key} data-device-id={a.deviceId}>
            <span className="alarm-icon" aria-hidden="true" />
            <div className="alarm-main">
              <div className="alarm-line">
                <span className="alarm-state">{state === 'acknowledged' ? 'Acknowledged' : LABEL[a.phase]}</span>
                <button type="button" className="alarm-device-link alarm-device" onClick={() => onOpenDevice(a.deviceId)} title="Open the device">
                  {a.deviceName}
                </button>
              </div>
              <div className="alarm-rule">
                {a.ruleName && <span className="alarm-rule-name">{a.ruleName} · </span>}
                {condition}
                {a.phase !== 'pending' && a.peak !== undefined && <span className="muted num"> · peak {a.peak}</span>}
              </div>
              <div className="alarm-time muted num">{alarmTiming(a, now)}</div>
              {progress !== undefined && (
                <span className="alarm-progress" aria-hidden="true">
                  <span style={{ width: `${progress * 100}%` }} />
                </span>
              )}
            </div>
            {(a.phase === 'firing' || a.phase === 'cleared') && !a.acknowledged && (
              <button type="button" className="button small alarm-ack" onClick={() => onAcknowledge(a.key)} aria-label={`Acknowledge ${a.deviceName}: ${a.condition}`}>
                Acknowledge
              </button>
            )}
          </li>
        )
      })}
    </ul>
  )
}
