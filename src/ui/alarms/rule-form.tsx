import { useEffect, useRef, useState } from 'react'
import type { AlarmMetric, RuleDraft, RuleDraftErrors } from '../../store/alarms'
import { FormField } from './form-field'
import { ScopeFields, type DeviceOption } from './scope-fields'

/** Props of {@link RuleForm}: the draft to start from, picker data, and submit/cancel. */
export interface RuleFormProps {
  mode: 'add' | 'edit'
  initial: RuleDraft
  devices: readonly DeviceOption[]
  labelKeys: readonly string[]
  labelValues: (key: string) => readonly string[]
  temperatureUnit: 'C' | 'F'
  /** Validates and saves; returns the problems, or null when saved. */
  onSubmit: (draft: RuleDraft) => RuleDraftErrors | null
  onCancel: () => void
}

const METRICS: ReadonlyArray<readonly [AlarmMetric, string]> = [
  ['temperature', 'Temperature'],
  ['relativeHumidity', 'Relative humidity'],
  ['co2', 'CO₂'],
]

function unitOf(metric: AlarmMetric, t: 'C' | 'F'): string {
  return metric === 'temperature' ? `°${t}` : metric === 'relativeHumidity' ? '%' : 'ppm'
}

/** Add or edit a threshold rule; every field names its own problem. */
export function RuleForm({ mode, initial, devices, labelKeys, labelValues, temperatureUnit, onSubmit, onCancel }: RuleFormProps) {
  const [draft, setDraft] = useState(initial)
  const [errors, setErrors] = useState<RuleDraftErrors>({})
  const first = useRef<HTMLInputElement>(null)
  const form = useRef<HTMLFormElement>(null)
  useEffect(() => first.current?.focus(), [])
  // After a failed save, take the user to the first field that needs fixing.
  useEffect(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), [errors])
  const set = <K extends keyof RuleDraft>(key: K, value: RuleDraft[K]) => setDraft((d) => ({ ...d, [key]: value }))
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
      <FormField label="Name" error={errors.name} hint="Optional, shown on cards and in notifications">
        {(id, d, invalid) => <input ref={first} id={id} aria-describedby={d} aria-invalid={invalid} value={draft.name} onChange={(e) => set('name', e.target.value)} placeholder="Freezer too warm" maxLength={100} />}
      </FormField>
      <div className="rule-row">
        <FormField label="Metric">
          {(id) => (
            <select id={id} value={draft.metric} onChange={(e) => set('metric', e.target.value as AlarmMetric)}>
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
