import { useUiStore } from '../../store'
import { DETAIL_RANGES, type DetailRange } from '../../ui/detail/detail-ranges'
import { useNow } from '../../ui/use-now'

/** The time window a range shows: it slides with the clock, or stands still while live is paused. */
export interface DetailWindow {
  readonly from: number
  readonly to: number
  readonly frozen: boolean
}

/** The window for `range`, sliding at the range's refresh rate; "Pause live" freezes it at `frozenAt`. */
export function useDetailWindow(range: DetailRange): DetailWindow {
  const info = DETAIL_RANGES[range]
  const now = useNow(info.refreshMs)
  const frozenAt = useUiStore((s) => s.frozenAt)
  const to = frozenAt ?? now
  return { from: to - info.ms, to, frozen: frozenAt !== null }
}

/** The same window outside React (export on click). */
export function windowAt(range: DetailRange, frozenAt: number | null, now = Date.now()): DetailWindow {
  const to = frozenAt ?? now
  return { from: to - DETAIL_RANGES[range].ms, to, frozen: frozenAt !== null }
}
