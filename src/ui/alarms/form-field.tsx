import { useId, type ReactNode } from 'react'

/** Props of {@link FormField}. */
export interface FormFieldProps {
  label: string
  error?: string | undefined
  hint?: string
  className?: string
  /** Renders the control with its id, its describedby and whether it is invalid. */
  children: (id: string, describedBy: string | undefined, invalid: boolean) => ReactNode
}

/** A labelled control with its validation message (or hint) tied to it for screen readers. */
export function FormField({ label, error, hint, className, children }: FormFieldProps) {
  const id = useId()
  const msgId = `${id}-msg`
  const message = error ?? hint
  return (
    <div className={`rule-field ${className ?? ''}`} data-invalid={error ? 'true' : undefined}>
      <label htmlFor={id}>{label}</label>
      {children(id, message ? msgId : undefined, !!error)}
      {message && (
        <p id={msgId} className={error ? 'rule-field-error' : 'rule-field-hint'}>
          {message}
        </p>
      )}
    </div>
  )
}
