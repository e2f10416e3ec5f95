import { useId, useMemo, useState } from 'react'
import type { AlarmKind, RuleDraft, RuleDraftErrors } from '../../store/alarms'
import { FormField } from './form-field'

/** A device the scope picker offers. */
export interface DeviceOption {
  readonly id: string
  readonly name: string
  readonly type: string
  /**
   * Metrics and rule kinds it can be watched by (temperature, doorOpen, offline…), from what it
   * reports or will by its type: only those devices are offered for a rule.
   */
  readonly signals: readonly string[]
}

/** Props of {@link ScopeFields}: the draft, its errors and the setter of the rule form. */
export interface ScopeFieldsProps {
  draft: RuleDraft
  errors: RuleDraftErrors
  devices: readonly DeviceOption[]
  labelKeys: readonly string[]
  labelValues: (key: string) => readonly string[]
  set: <K extends keyof RuleDraft>(key: K, value: RuleDraft[K]) => void
}

const MAX_MATCHES = 50

// Rules only see devices that can produce their signal, so "all" says which devices those are.
const ALL_LABEL: Readonly<Record<AlarmKind, string>> = { threshold: 'All devices', doorOpen: 'All contact sensors', waterDetected: 'All water detectors', offline: 'All devices' }
const WHICH: Readonly<Record<AlarmKind, string>> = { threshold: ' with this metric', doorOpen: ' with a door contact', waterDetected: ' that detect water', offline: '' }

/** Which devices a rule watches: all, one (found by name or id), or those with a label. */
export function ScopeFields({ draft, errors, devices, labelKeys, labelValues, set }: ScopeFieldsProps) {
  const [search, setSearch] = useState('')
  const keysId = useId()
  const valuesId = useId()
  const matches = useMemo(() => {
    const words = search.toLowerCase().split(/\s+/).filter(Boolean)
    const signal = draft.kind === 'threshold' ? draft.metric : draft.kind
    const found = devices.filter((d) => d.signals.includes(signal) && words.every((w) => `${d.name} ${d.id} ${d.type}`.toLowerCase().includes(w)))
    const chosen = devices.find((d) => d.id === draft.deviceId)
    // Keep the chosen device in the list so the select never shows a value it does not have.
    const list = found.slice(0, MAX_MATCHES)
    return chosen && !list.includes(chosen) ? [chosen, ...list] : list
  }, [devices, search, draft.deviceId, draft.metric, draft.kind])

  return (
    <fieldset className="rule-scope">
      <legend>Applies to</legend>
      <div className="scope-kinds">
        {(['all', 'device', 'label'] as const).map((k) => (
          <label key={k} className="rule-radio">
            <input type="radio" name="scope-kind" value={k} checked={draft.scopeKind === k} onChange={() => set('scopeKind', k)} />
            {k === 'all' ? ALL_LABEL[draft.kind] : k === 'device' ? 'One device' : 'Devices with a label'}
          </label>
        ))}
      </div>
      {draft.scopeKind === 'device' && (
        <>
          <FormField label="Find device" hint={`${matches.length} device${matches.length === 1 ? '' : 's'}${WHICH[draft.kind]}${search ? ' match' : ''}`}>
            {(id, d) => <input id={id} aria-describedby={d} type="search" value={search} onChange={(e) => setSearch(e.target.value)} placeholder="Name, id or type" autoComplete="off" />}
          </FormField>
          <FormField label="Device" error={errors.deviceId}>
            {(id, d, invalid) => (
              <select id={id} aria-describedby={d} aria-invalid={invalid} value={draft.deviceId} onChange={(e) => set('deviceId', e.target.value)}>
                <option value="">{matches.length ? `Choose one of ${matches.length}…` : 'No device matches'}</option>
                {matches.map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.name} · {m.type}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        </>
      )}
      {draft.scopeKind === 'label' && (
        <div className="rule-row">
          <FormField label="Label key" error={errors.labelKey}>
            {(id, d, invalid) => <input id={id} aria-describedby={d} aria-invalid={invalid} list={keysId} value={draft.labelKey} onChange={(e) => set('labelKey', e.target.value)} placeholder="zone" autoComplete="off" spellCheck={false} />}
          </FormField>
          <FormField label="Value (optional)" error={errors.labelValue} hint="Empty: any value">
            {(id, d) => <input id={id} aria-describedby={d} list={valuesId} value={draft.labelValue} onChange={(e) => set('labelValue', e.target.value)} placeholder="cold-room" autoComplete="off" spellCheck={false} />}
          </FormField>
          <datalist id={keysId}>
            {labelKeys.map((k) => (
              <option key={k} value={k} />
            ))}
          </datalist>
          <datalist id={valuesId}>
            {labelValues(draft.labelKey.trim()).map((v) => (
              <option key={v} value={v} />
            ))}
          </datalist>
        </div>
      )}
    </fieldset>
  )
}
