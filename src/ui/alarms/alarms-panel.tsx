import { useState, type ReactNode } from 'react'
import { AlarmHistory } from './alarm-history'
import { AlarmList } from './alarm-list'
import type { AlarmItemView, NotifyPermission, RuleView, TransitionView } from './alarm-views'
import { RuleList } from './rule-list'
import './alarms.css'

/** Everything the alarms panel shows and the actions it offers; the container supplies them. */
export interface AlarmsPanelProps {
  alarms: readonly AlarmItemView[]
  rules: readonly RuleView[]
  transitions: readonly TransitionView[]
  now: number
  /** Read out by screen readers when it changes ("Alarm: Freezer 3 …"). */
  announcement: string
  problems: readonly string[]
  onDismissProblems: () => void
  /** Rules could not be saved in this browser. */
  saveFailed: boolean
  /** Offline rules are on but the stream is not live, so nobody can tell a silent device from our outage. */
  offlinePaused: boolean
  notify: { checked: boolean; permission: NotifyPermission; onChange: (checked: boolean) => void }
  onAcknowledge: (key: string) => void
  onOpenDevice: (deviceId: string) => void
  onToggleRule: (id: string, enabled: boolean) => void
  onDeleteRule: (id: string) => void
  onAddRule: () => void
  onEditRule: (id: string) => void
  /** The rule form while it is open; it takes the panel's place. */
  editor: ReactNode
}

type View = 'alarms' | 'rules' | 'history'

const NOTIFY_HINT: Readonly<Record<NotifyPermission, string>> = {
  unsupported: 'This browser cannot show notifications here.',
  denied: 'Notifications are blocked for this site; allow them in the browser’s site settings.',
  default: '',
  granted: '',
}

/** The right rail's alarm panel: alarms, rules and history, with "notify me" and a live region. */
export function AlarmsPanel(p: AlarmsPanelProps) {
  const [view, setView] = useState<View>('alarms')
  const firing = p.alarms.filter((a) => a.phase === 'firing' && !a.acknowledged).length
  const active = p.alarms.filter((a) => a.phase !== 'cleared').length
  const tabs: ReadonlyArray<readonly [View, string]> = [
    ['alarms', `Alarms${p.alarms.length ? ` ${p.alarms.length}` : ''}`],
    ['rules', `Rules ${p.rules.length}`],
    ['history', 'History'],
  ]
  return (
    <section className="alarms-panel" aria-label="Alarms" data-firing={firing > 0 || undefined} data-editing={p.editor ? true : undefined}>
      <header className="panel-header">
        <h2>
          Alarms{' '}
          <span className={firing ? 'alarm-count firing num' : 'alarm-count num'} aria-label={`${active} active, ${firing} unacknowledged`}>
            {active}
          </span>
        </h2>
        <div className="panel-actions">
          <button type="button" className="button small" onClick={p.onAddRule} disabled={!!p.editor}>
            + Rule
          </button>
        </div>
      </header>
      <div className="visually-hidden" aria-live="assertive" aria-atomic="true">
        {p.announcement}
      </div>
      {p.problems.length > 0 && (
        <div className="alarm-notice" role="alert">
          <ul>
            {p.problems.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
          <button type="button" className="button small" onClick={p.onDismissProblems}>
            Dismiss
          </button>
        </div>
      )}
      {p.saveFailed && <p className="alarm-notice">Rules could not be saved in this browser (storage full or blocked); they last until the tab closes.</p>}
      {p.offlinePaused && (
        <p className="alarm-notice" data-notice="offline-paused">
          Offline checks are paused while the stream is not live: no data now is our outage, not the devices’. They resume when it is back.
        </p>
      )}
      {p.editor ? (
        <div className="alarms-scroll">{p.editor}</div>
      ) : (
        <>
          <div className="alarm-tabs" role="group" aria-label="Show">
            {tabs.map(([id, label]) => (
              <button key={id} type="button" className="alarm-tab" aria-pressed={view === id} onClick={() => setView(id)}>
                {label}
              </button>
            ))}
          </div>
          <div className="alarms-scroll">
            {view === 'alarms' &&
              (p.alarms.length ? (
                <AlarmList alarms={p.alarms} now={p.now} onAcknowledge={p.onAcknowledge} onOpenDevice={p.onOpenDevice} />
              ) : (
                <p className="alarm-empty muted">
                  {p.rules.some((r) => r.enabled) ? `All clear · ${p.rules.filter((r) => r.enabled).length} rule${p.rules.length === 1 ? '' : 's'} watching.` : 'No rules are on. Add a rule to watch a threshold, a door, water or silent devices.'}
                </p>
              ))}
            {view === 'rules' && <RuleList rules={p.rules} onToggle={p.onToggleRule} onEdit={p.onEditRule} onDelete={p.onDeleteRule} />}
            {view === 'history' && <AlarmHistory transitions={p.transitions} />}
          </div>
          <label className="notify-check">
            <input type="checkbox" checked={p.notify.checked && p.notify.permission === 'granted'} disabled={p.notify.permission === 'unsupported' || p.notify.permission === 'denied'} onChange={(e) => p.notify.onChange(e.target.checked)} />
            Notify me of new alarms
            {NOTIFY_HINT[p.notify.permission] && <span className="notify-hint muted">{NOTIFY_HINT[p.notify.permission]}</span>}
          </label>
        </>
      )}
    </section>
  )
}
