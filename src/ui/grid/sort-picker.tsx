export interface SortPickerProps {
  value: string
  options: ReadonlyArray<{ readonly value: string; readonly label: string }>
  onChange: (value: string) => void
}

/** The grid's order, a compact select for the line above the grid. */
export function SortPicker({ value, options, onChange }: SortPickerProps) {
  return (
    <label className="sort-picker">
      <span>Sort</span>
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  )
}
