import { useId, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react'
import { deviceTypeName } from './device-type-names'

/** One device type in the picker. */
export interface DeviceTypeOption {
  readonly type: string
  /** Devices of this type in the project. */
  readonly count: number
  readonly selected: boolean
}

export interface DeviceTypePickerProps {
  options: readonly DeviceTypeOption[]
  onToggle: (type: string) => void
}

/** A multi-select of device types: a button that opens a list of checkboxes. */
export function DeviceTypePicker({ options, onToggle }: DeviceTypePickerProps) {
  const [open, setOpen] = useState(false)
  const root = useRef<HTMLDivElement>(null)
  const button = useRef<HTMLButtonElement>(null)
  const panelId = useId()
  const selected = options.filter((o) => o.selected)
  const summary = selected.length === 0 ? 'All types' : selected.length === 1 ? deviceTypeName(selected[0]?.type ?? '') : `${selected.length} device types`

  const onBlur = (e: FocusEvent) => {
    // Close when focus leaves the picker altogether, not when it moves between checkboxes.
    if (!root.current?.contains(e.relatedTarget as Node | null)) setOpen(false)
  }
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && open) {
      e.stopPropagation()
      setOpen(false)
      button.current?.focus()
    }
  }

  return (
    <div className="type-picker" ref={root} onBlur={onBlur} onKeyDown={onKeyDown}>
      <button
        ref={button}
        type="button"
        className="button filter-button"
        aria-expanded={open}
        aria-controls={panelId}
        data-active={selected.length > 0 || undefined}
        onClick={() => setOpen((o) => !o)}
      >
        <span className="visually-hidden">Device type: </span>
        {summary}
        <span aria-hidden="true" className="caret">
          ▾
        </span>
      </button>
      {open && (
        <fieldset id={panelId} className="type-picker-panel">
          <legend className="visually-hidden">Device types</legend>
          {options.length === 0 && <p className="muted">No devices listed yet.</p>}
          {options.map((o) => (
            <label key={o.type} className="type-option">
              <input type="checkbox" checked={o.selected} onChange={() => onToggle(o.type)} />
              <span>{deviceTypeName(o.type)}</span>
              <span className="num muted">{o.count.toLocaleString('en-US')}</span>
            </label>
          ))}
        </fieldset>
      )}
    </div>
  )
}
