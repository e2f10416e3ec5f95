import { DETAIL_RANGE_IDS, DETAIL_RANGES, type DetailRange } from './detail-ranges'

/** Props of {@link RangePicker}. */
export interface RangePickerProps {
  value: DetailRange
  onChange: (range: DetailRange) => void
}

/** Live 5 min · 1 h · 6 h · 24 h as a segmented control (toggle buttons, one pressed). */
export function RangePicker({ value, onChange }: RangePickerProps) {
  return (
    <div className="detail-range" role="group" aria-label="Time range">
      {DETAIL_RANGE_IDS.map((id) => (
        <button key={id} type="button" className="detail-range-button" aria-pressed={id === value} onClick={() => onChange(id)} data-range={id}>
          {id === 'live' && <span className="detail-live-dot" aria-hidden="true" />}
          {DETAIL_RANGES[id].label}
        </button>
      ))}
    </div>
  )
}
