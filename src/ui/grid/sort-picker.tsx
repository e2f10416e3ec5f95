import { useId } from 'react'

export interface SortOption {
  readonly value: string
  readonly label: string
  /** Options with a group are listed under its heading; the rest come first, ungrouped. */
  readonly group?: string
}

export interface SortPickerProps {
  value: string
  options: readonly SortOption[]
  onChange: (value: string) => void
  /** How the chosen order behaves ("re-sorted every 10 s"): a short note beside the select, and its tooltip. */
  hint?: { short: string; long: string }
}

/** Consecutive options with the same group, in order. */
function runs(options: readonly SortOption[]): Array<{ group: string | undefined; options: SortOption[] }> {
  const out: Array<{ group: string | undefined; options: SortOption[] }> = []
  for (const o of options) {
    const last = out[out.length - 1]
    if (last && last.group === o.group) last.options.push(o)
    else out.push({ group: o.group, options: [o] })
  }
  return out
}

/** The grid's order, a compact select for the line above the grid, with a note on how it updates. */
export function SortPicker({ value, options, onChange, hint }: SortPickerProps) {
  const id = useId()
  const item = (o: SortOption) => (
    <option key={o.value} value={o.value}>
      {o.label}
    </option>
  )
  return (
    <span className="sort-picker" title={hint?.long}>
      <label htmlFor={`${id}-select`}>Sort</label>
      <select id={`${id}-select`} value={value} onChange={(e) => onChange(e.target.value)} aria-describedby={hint ? `${id}-hint` : undefined}>
        {runs(options).map((run) =>
          run.group === undefined ? (
            run.options.map(item)
          ) : (
            <optgroup key={run.group} label={run.group}>
              {run.options.map(item)}
            </optgroup>
          ),
        )}
      </select>
      {hint && (
        <>
          <span className="sort-picker-hint" aria-hidden="true">
            {hint.short}
          </span>
          <span id={`${id}-hint`} className="visually-hidden">
            {hint.long}
          </span>
        </>
      )}
    </span>
  )
}
