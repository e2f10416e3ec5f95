import type { StateKind } from '../../store/alarms'
import { FormField } from './form-field'
import { STATE_KIND_TEXT } from './state-kind-text'

/** Props of {@link StateDelayField}. */
export interface StateDelayFieldProps {
  kind: StateKind
  value: string
  error: string | undefined
  onChange: (value: string) => void
}

/** The delay of a door, water or offline rule, named for what it measures ("Open for longer than"). */
export function StateDelayField({ kind, value, error, onChange }: StateDelayFieldProps) {
  const text = STATE_KIND_TEXT[kind]
  return (
    <FormField label={text.label} error={error} hint={text.hint}>
      {(id, d, invalid) => <input id={id} aria-describedby={d} aria-invalid={invalid} value={value} onChange={(e) => onChange(e.target.value)} placeholder={text.example} />}
    </FormField>
  )
}
