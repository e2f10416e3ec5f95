import { useState, type CSSProperties } from 'react'
import { eventColor, eventTypeName } from '../event-colors'
import type { ChipInfo, ChipLayout } from './chip-order'

export interface EventTypeChipsProps {
  chips: ChipLayout
  onToggle: (type: string) => void
}

const n = (x: number) => x.toLocaleString('en-US')

function Chip({ chip, onToggle }: { chip: ChipInfo; onToggle: (type: string) => void }) {
  const name = eventTypeName(chip.type)
  return (
    <button
      type="button"
      className="chip"
      aria-pressed={chip.selected}
      data-type={chip.type}
      style={{ '--chip': eventColor(chip.type) } as CSSProperties}
      title={`${name}: ${n(chip.devices)} ${chip.devices === 1 ? 'device' : 'devices'}, ${n(chip.events)} events since this page opened`}
      onClick={() => onToggle(chip.type)}
    >
      <span className="chip-dot" aria-hidden="true" />
      {name}
      <span className="chip-count num">
        <span className="visually-hidden">, </span>
        {n(chip.devices)}
        <span className="visually-hidden"> devices</span>
      </span>
    </button>
  )
}

/** Multi-select event-type chips with device counts; the rarer types behind "+N more". */
export function EventTypeChips({ chips, onToggle }: EventTypeChipsProps) {
  const [expanded, setExpanded] = useState(false)
  const hidden = chips.more.length
  return (
    <div className="filter-chips" role="group" aria-label="Event types">
      {chips.shown.map((c) => (
        <Chip key={c.type} chip={c} onToggle={onToggle} />
      ))}
      {expanded && chips.more.map((c) => <Chip key={c.type} chip={c} onToggle={onToggle} />)}
      {hidden > 0 && (
        <button type="button" className="chip chip-more" aria-expanded={expanded} onClick={() => setExpanded((e) => !e)}>
          {expanded ? 'Fewer' : `+${hidden} more`}
        </button>
      )}
    </div>
  )
}
