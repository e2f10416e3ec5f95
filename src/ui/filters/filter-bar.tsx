import { useId } from 'react'
import type { ChipLayout } from './chip-order'
import { DeviceTypePicker, type DeviceTypeOption } from './device-type-picker'
import { EventTypeChips } from './event-type-chips'
import { SearchBox } from './search-box'
import './filters.css'

export interface FilterBarProps {
  chips: ChipLayout
  onToggleEventType: (type: string) => void
  deviceTypes: readonly DeviceTypeOption[]
  onToggleDeviceType: (type: string) => void
  search: string
  onSearch: (search: string) => void
  serverSide: boolean
  onServerSide: (on: boolean) => void
  /** Any filter set: shows "Clear all". */
  filtered: boolean
  onClear: () => void
  /** What was ignored in the URL ("ignored unknown event type "foo""). */
  problems: readonly string[]
  onDismissProblems: () => void
}

/** The filter row: event-type chips, device type, search, server-side toggle, clear all. */
export function FilterBar(p: FilterBarProps) {
  const hintId = useId()
  const selectedTypes = p.chips.shown.filter((c) => c.selected).length
  const serverNote = !p.serverSide ? null : selectedTypes ? 'Only the selected event types are streamed; other values stop updating.' : 'Pick event types to filter them on the server.'
  return (
    <section className="filter-bar" aria-label="Filters">
      <div className="filter-row">
        <EventTypeChips chips={p.chips} onToggle={p.onToggleEventType} />
        <div className="filter-controls">
          <DeviceTypePicker options={p.deviceTypes} onToggle={p.onToggleDeviceType} />
          <SearchBox value={p.search} onChange={p.onSearch} />
          <label className="server-toggle" title="Ask the DT API to send only the selected event types. Less traffic for large projects; restarts the stream.">
            <input type="checkbox" role="switch" checked={p.serverSide} aria-describedby={hintId} onChange={(e) => p.onServerSide(e.target.checked)} />
            <span>Filter on server</span>
          </label>
          <span id={hintId} className="visually-hidden">
            The DT API then sends only the selected event types, which restarts the stream.
          </span>
          <button type="button" className="button small filter-clear" onClick={p.onClear} disabled={!p.filtered}>
            Clear all
          </button>
        </div>
      </div>
      {(serverNote || p.problems.length > 0) && (
        <div className="filter-notes">
          {serverNote && <span className="filter-note">{serverNote}</span>}
          {p.problems.length > 0 && (
            <span className="filter-note filter-problem" role="status">
              From the link: {p.problems.join('; ')}.
              <button type="button" className="link-button" onClick={p.onDismissProblems}>
                Dismiss
              </button>
            </span>
          )}
        </div>
      )}
    </section>
  )
}
