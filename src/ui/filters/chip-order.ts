import { EVENT_TYPES } from '../../dt'

/** Chips shown before the "+N more" disclosure. */
export const MAX_CHIPS = 6

/** Status and housekeeping types: listed after the measured ones, whatever their counts. */
const STATUS_TYPES: ReadonlySet<string> = new Set([
  'networkStatus',
  'batteryStatus',
  'labelsChanged',
  'connectionStatus',
  'ethernetStatus',
  'cellularStatus',
  'probeWireStatus',
])

/** One event-type chip. */
export interface ChipInfo {
  readonly type: string
  /** Devices that sent or reported the type. */
  readonly devices: number
  /** Events of the type since the page opened. */
  readonly events: number
  readonly selected: boolean
}

/** Chips before and behind the "+N more" disclosure. */
export interface ChipLayout {
  readonly shown: readonly ChipInfo[]
  readonly more: readonly ChipInfo[]
}

const docOrder = (type: string) => {
  const i = (EVENT_TYPES as readonly string[]).indexOf(type)
  return i < 0 ? EVENT_TYPES.length : i
}

/**
 * Orders event-type chips: measured types before status types, then by the number of devices,
 * then in DT's documented order. Event counts, which grow every second, never reorder chips, so
 * a chip does not move under the pointer. Selected chips always stay visible.
 */
export function orderChips(
  devicesByType: Readonly<Record<string, number>>,
  eventsByType: Readonly<Record<string, number>>,
  selected: readonly string[],
  max = MAX_CHIPS,
): ChipLayout {
  const types = new Set([...Object.keys(devicesByType), ...Object.keys(eventsByType), ...selected])
  const chips: ChipInfo[] = [...types].map((type) => ({
    type,
    devices: devicesByType[type] ?? 0,
    events: eventsByType[type] ?? 0,
    selected: selected.includes(type),
  }))
  chips.sort(
    (a, b) =>
      Number(STATUS_TYPES.has(a.type)) - Number(STATUS_TYPES.has(b.type)) ||
      b.devices - a.devices ||
      docOrder(a.type) - docOrder(b.type) ||
      a.type.localeCompare(b.type),
  )
  const shown = chips.filter((c, i) => i < max || c.selected)
  const more = chips.filter((c, i) => i >= max && !c.selected)
  return { shown, more }
}
