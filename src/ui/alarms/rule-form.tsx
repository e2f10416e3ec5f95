import { useEffect, useRef, useState } from 'react'
import type { AlarmKind, AlarmMetric, RuleDraft, RuleDraftErrors } from '../../store/alarms'
import { FormField } from './form-field'
import { StateDelayField } from './state-delay-field'
import { STATE_KIND_TEXT } from './state-kind-text'
import { ScopeFields, type DeviceOption } from './scope-fields'

/** Props of {@link RuleForm}: the draft to start from, picker data, and submit/cancel. */
export interface RuleFormProps {
  mode: 'add' | 'edit'
  initial: RuleDraft
  devices: readonly DeviceOption[]
  labelKeys: readonly string[]
  labelValues: (key: string) => readonly string[]
  temperatureUnit: 'C' | 'F'
  /** Switches the draft's kind (a delay left at the old kind's default takes the new one's). */
  withKind: (draft: RuleDraft, kind: AlarmKind) => RuleDraft
  /** Validates and saves; returns the problems, or null when saved. */
  onSubmit: (draft: RuleDraft) => RuleDraftErrors | null
  onCancel: () => void
}

const KINDS: ReadonlyArray<readonly [AlarmKind, string]> = [
  ['threshold', 'A value passes a threshold'],
  ['doorOpen', 'A door stays open too long'],
  ['waterDetected', 'Water is detected'],
  ['offline', 'A device sends nothing (offline)'],
]

const METRICS: ReadonlyArray<readonly [AlarmMetric, string]> = [
  ['temperature', 'Temperature'],
  ['relativeHumidity', 'Relative humidity'],
  ['co2', 'CO₂'],
]

function unitOf(metric: AlarmMetric, t: 'C' | 'F'): string {
  return metric === 'temperature' ? `°${t}` : metric === 'relativeHumidity' ? '%' : 'ppm'
}

/** The metric or kind a device must be able to report for the draft's rule. */
function signalOf(d: RuleDraft): string {
  return d.kind === 'threshold' ? d.metric : d.kind
}

/** Add or edit a rule of any kind; every field names its own problem. */
export function RuleForm({ mode, initial, devices, labelKeys, labelValues, temperatureUnit, withKind, onSubmit, onCancel }: RuleFormProps) {
  const [draft, setDraft] = useState(initial)
  const [errors, setErrors] = useState<RuleDraftErrors>({})
  const first = useRef<HTMLSelectElement>(null)
  const form = useRef<HTMLFormElement>(null)
  useEffect(() => first.current?.focus(), [])
  // After a failed save, take the user to the first field that needs fixing.
  useEffect(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), [errors])
  const set = <K extends keyof RuleDraft>(key: K, value: RuleDraft[K]) => setDraft((d) => ({ ...d, [key]: value }))
  // A device picked for another metric or kind may not report this one: let the user pick again.
  const refit = (next: RuleDraft): RuleDraft => (next.deviceId && !devices.some((d) => d.id === next.deviceId && d.signals.includes(signalOf(next))) ? { ...next, deviceId: '' } : next)
  const unit = unitOf(draft.metric, temperatureUnit)
  const count = Object.keys(errors).length

  return (
    <form
      ref={form}
      className="rule-form"
      aria-label={mode === 'add' ? 'New alarm rule' : 'Edit alarm rule'}
      noValidate
      onKeyDown={(e) => e.key === 'Escape' && (e.stopPropagation(), onCancel())}
      onSubmit={(e) => {
        e.preventDefault()
        setErrors(onSubmit(draft) ?? {})
      }}
    >
      <h3>{mode === 'add' ? 'New rule' : 'Edit rule'}</h3>
      <FormField label="Alarm when">
        {(id) => (
          <select
            ref={first}
            id={id}
            value={draft.kind}
            onChange={(e) => {
              const kind = e.target.value as AlarmKind
              setDraft((d) => refit(withKind(d, kind)))
              setErrors({})
            }}
          >
            {KINDS.map(([k, label]) => (
              <option key={k} value={k}>
                {label}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField label="Name" error={errors.name} hint="Optional, shown on cards and in notifications">
        {(id, d, invalid) => (
          <input id={id} aria-describedby={d} aria-invalid={invalid} value={draft.name} onChange={(e) => set('name', e.target.value)} placeholder={draft.kind === 'threshold' ? 'Freezer too warm' : STATE_KIND_TEXT[draft.kind].placeholder} maxLength={100} />
        )}
      </FormField>
      {draft.kind === 'threshold' ? (
        <>
          <div className="rule-row">
            <FormField label="Metric">
              {(id) => (
                <select id={id} value={draft.metric} onChange={(e) => setDraft((d) => refit({ ...d, metric: e.target.value as AlarmMetric }))}>
                  {METRICS.map(([m, label]) => (
                    <option key={m} value={m}>
                      {label}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
            <FormField label="Condition">
              {(id) => (
                <select id={id} value={draft.comparator} onChange={(e) => set('comparator', e.target.value as RuleDraft['comparator'])}>
                  <option value="above">goes above</option>
                  <option value="below">goes below</option>
                </select>
              )}
            </FormField>
          </div>
          <div className="rule-row">
            <FormField label={`Threshold (${unit})`} error={errors.threshold}>
              {(id, d, invalid) => <input id={id} aria-describedby={d} aria-invalid={invalid} inputMode="decimal" value={draft.threshold} onChange={(e) => set('threshold', e.target.value)} placeholder={draft.metric === 'co2' ? '1200' : '8'} />}
            </FormField>
            <FormField label={`Hysteresis (${unit})`} error={errors.hysteresis} hint={`Clears ${draft.hysteresis.trim() || '0'} ${unit} back inside`}>
              {(id, d, invalid) => <input id={id} aria-describedby={d} aria-invalid={invalid} inputMode="decimal" value={draft.hysteresis} onChange={(e) => set('hysteresis', e.target.value)} placeholder="0.5" />}
            </FormField>
          </div>
          <FormField label="Delay" error={errors.delay} hint="How long it must stay past the threshold before the alarm fires: 90 s, 5 min, 1 h. Make it longer than the sensor's reporting interval.">
            {(id, d, invalid) => <input id={id} aria-describedby={d} aria-invalid={invalid} value={draft.delay} onChange={(e) => set('delay', e.target.value)} placeholder="5 min" />}
          </FormField>
        </>
      ) : (
        <StateDelayField kind={draft.kind} value={draft.delay} error={errors.delay} onChange={(v) => set('delay', v)} />
      )}
      <ScopeFields draft={draft} errors={errors} devices={devices} labelKeys={labelKeys} labelValues={labelValues} set={set} />
      <label className="rule-check">
        <input type="checkbox" checked={draft.enabled} onChange={(e) => set('enabled', e.target.checked)} /> Rule is on
      </label>
      {count > 0 && (
        <p className="rule-field-error" role="alert">
          Check the {count === 1 ? 'field' : `${count} fields`} marked above.
        </p>
      )}
      <div className="rule-form-actions">
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button primary">
          {mode === 'add' ? 'Add rule' : 'Save rule'}
        </button>
      </div>
    </form>
  )
}
