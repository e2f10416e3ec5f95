import { useState } from 'react'
import type { RuleView } from './alarm-views'

/** Props of {@link RuleList}. */
export interface RuleListProps {
  rules: readonly RuleView[]
  onToggle: (id: string, enabled: boolean) => void
  onEdit: (id: string) => void
  onDelete: (id: string) => void
}

/** The rules with an on/off switch, edit, and delete behind a confirmation. */
export function RuleList({ rules, onToggle, onEdit, onDelete }: RuleListProps) {
  const [confirming, setConfirming] = useState<string | null>(null)
  if (!rules.length) return <p className="alarm-empty muted">No rules yet. Add one to be told when a value passes a threshold, a door stays open, water is detected or a device goes silent.</p>
  return (
    <ul className="rule-list">
      {rules.map((r) => {
        const title = r.name || r.condition.charAt(0).toUpperCase() + r.condition.slice(1)
        return (
          <li key={r.id} className="rule-item" data-enabled={r.enabled} data-rule-id={r.id}>
            <label className="rule-switch" title={r.enabled ? 'On: click to pause this rule' : 'Off: click to turn it on'}>
              <input type="checkbox" checked={r.enabled} onChange={(e) => onToggle(r.id, e.target.checked)} aria-label={`${title}: ${r.enabled ? 'on' : 'off'}`} />
              <span aria-hidden="true" />
            </label>
            <div className="rule-main">
              <div className="rule-title">{title}</div>
              <div className="rule-detail muted">
                {r.name && `${r.condition} · `}
                {r.scope} · {r.timing}
              </div>
              <div className="rule-detail muted num">{r.enabled ? `watching ${r.watching} device${r.watching === 1 ? '' : 's'}` : 'paused'}</div>
            </div>
            {confirming === r.id ? (
              <div className="rule-actions" role="group" aria-label={`Delete ${title}?`}>
                <button type="button" className="button small danger" onClick={() => onDelete(r.id)}>
                  Delete
                </button>
                <button type="button" className="button small" onClick={() => setConfirming(null)}>
                  Keep
                </button>
              </div>
            ) : (
              <div className="rule-actions">
                <button type="button" className="button small" onClick={() => onEdit(r.id)} aria-label={`Edit ${title}`}>
                  Edit
                </button>
                <button type="button" className="button small" onClick={() => setConfirming(r.id)} aria-label={`Delete ${title}`}>
                  Delete
                </button>
              </div>
            )}
          </li>
        )
      })}
    </ul>
  )
}
