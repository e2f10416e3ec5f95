/** The detail view's time ranges: the live window from the store, the others from event history. */
export type DetailRange = 'live' | '1h' | '6h' | '24h'

/** How a range is fetched, labelled and ticked. */
export interface DetailRangeInfo {
  readonly label: string
  /** Window length. */
  readonly ms: number
  /** Distance between time-axis ticks. */
  readonly tickMs: number
  /** How often the window end slides forward while live. */
  readonly refreshMs: number
}

const MIN = 60_000
const HOUR = 60 * MIN

/** Every range, in button order. */
export const DETAIL_RANGES: Readonly<Record<DetailRange, DetailRangeInfo>> = {
  live: { label: 'Live 5 min', ms: 5 * MIN, tickMs: MIN, refreshMs: 1000 },
  '1h': { label: '1 h', ms: HOUR, tickMs: 10 * MIN, refreshMs: 5000 },
  '6h': { label: '6 h', ms: 6 * HOUR, tickMs: HOUR, refreshMs: 15_000 },
  '24h': { label: '24 h', ms: 24 * HOUR, tickMs: 3 * HOUR, refreshMs: 30_000 },
}

/** Range ids in button order. */
export const DETAIL_RANGE_IDS = Object.keys(DETAIL_RANGES) as DetailRange[]

/** True when `value` names a range (for URL parameters). */
export function isDetailRange(value: unknown): value is DetailRange {
  return typeof value === 'string' && Object.hasOwn(DETAIL_RANGES, value)
}
