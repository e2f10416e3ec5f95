import { memo, useId, useState } from 'react'

/** A device on the chart beside the open one. */
export interface ComparedView {
  readonly id: string
  readonly name: string
  readonly color: string
}

/** A device that can be added: `option` is the text its list entry fills in. */
export interface CompareOption {
  readonly id: string
  readonly option: string
}

/** Props of {@link ComparePicker}. */
export interface ComparePickerProps {
  compared: readonly ComparedView[]
  options: readonly CompareOption[]
  max: number
  /** Adds the device the text names; returns why not when it names none or several. */
  onAdd: (typed: string) => string | null
  onRemove: (id: string) => void
}

/**
 * "Compare with": a text field with the project's temperature devices as suggestions (the
 * browser's own list filters as one types, also with thousands of devices), and a removable chip
 * per compared device in its line colour. Memoised: the option list is long and rarely changes.
 */
export const ComparePicker = memo(function ComparePicker({ compared, options, max, onAdd, onRemove }: ComparePickerProps) {
  const listId = useId()
  const [text, setText] = useState('')
  const [error, setError] = useState<string | null>(null)
  const full = compared.length >= max

  const submit = (value: string) => {
    if (!value.trim()) return
    const problem = onAdd(value)
    setError(problem)
    if (!problem) setText('')
  }
  const pickedFromList = (value: string) => options.some((o) => o.option === value)

  return (
    <div className="compare-picker" role="group" aria-label="Compare with other devices">
      {compared.map((c) => (
        <span key={c.id} className="compare-chip">
          <span className="detail-swatch" style={{ background: c.color }} aria-hidden="true" />
          {c.name}
          <button type="button" className="compare-remove" onClick={() => onRemove(c.id)} aria-label={`Stop comparing ${c.name}`} title="Remove from the chart">
            <span aria-hidden="true">✕</span>
          </button>
        </span>
      ))}
      <input
        className="compare-input"
        type="text"
        list={listId}
        value={text}
        disabled={full}
        aria-label="Compare with"
        aria-invalid={error ? true : undefined}
        placeholder={full ? `Up to ${max} devices` : options.length ? 'Compare with…' : 'No other temperature devices'}
        onChange={(e) => {
          const value = e.target.value
          setText(value)
          setError(null)
          // Choosing an entry of the list fills in its exact text: add it at once.
          if (pickedFromList(value)) submit(value)
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault()
            submit(text)
          }
        }}
      />
      <datalist id={listId}>
        {options.map((o) => (
          <option key={o.id} value={o.option} />
        ))}
      </datalist>
      {error && (
        <span className="compare-error" role="alert">
          {error}
        </span>
      )}
    </div>
  )
})
