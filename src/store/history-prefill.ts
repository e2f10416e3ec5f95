import type { DtEvent, EventType } from '../dt'
import type { DeviceRecordView } from './device-record'
import { CHARTED_TYPES_BY_DEVICE_TYPE, isChartedType } from './series-keys'

/** Minutes of event history charts are prefilled with by default. */
export const DEFAULT_HISTORY_MINUTES = 60

/** A request budget: at most `requests` in any `windowMs`. */
export interface RateBudget {
  readonly requests: number
  readonly windowMs: number
}

/** DT's documented limit: 25 requests per 5 s per client (README §7.3). */
export const DT_RATE_LIMIT: RateBudget = { requests: 25, windowMs: 5000 }

/** What prefill uses by default: DT's limit less headroom for the device list and backfills. */
export const PREFILL_RATE_BUDGET: RateBudget = { requests: 20, windowMs: 5000 }

/** One device's history request. */
export interface PrefillItem {
  readonly deviceId: string
  readonly projectId: string
  /** Event types to ask for; empty asks for all. */
  readonly eventTypes: readonly EventType[]
}

/** The ordered requests and the time window of a prefill. */
export interface PrefillPlan {
  /** Epoch ms. */
  readonly startTime: number
  readonly endTime: number
  readonly items: readonly PrefillItem[]
}

/** Inputs of planPrefill. */
export interface PrefillPlanOptions {
  /** Epoch ms; the window ends here. */
  now: number
  windowMinutes?: number
  /** Device ids to fetch first, in this order (the visible cards). */
  priority?: readonly string[]
  /** Also fetch devices with nothing to chart (all their types, last). Off by default: it costs requests. */
  includeUncharted?: boolean
}

/** Charted event types of a device: those it sent or reported, else those its device type is documented to send. */
export function chartedTypesOf(record: DeviceRecordView): EventType[] {
  const seen = record.eventTypes.filter(isChartedType)
  return seen.length ? seen : [...(CHARTED_TYPES_BY_DEVICE_TYPE[record.type] ?? [])]
}

/**
 * Orders the devices to prefill: devices with series or timelines before the rest, and within
 * each group the caller's priority ids (visible cards) first. At DT's 5 requests/s a project of
 * 10,000 devices takes over half an hour, so the order is what makes the screen fill quickly.
 */
export function planPrefill(records: Iterable<DeviceRecordView>, options: PrefillPlanOptions): PrefillPlan {
  const windowMs = (options.windowMinutes ?? DEFAULT_HISTORY_MINUTES) * 60_000
  const rank = new Map<string, number>()
  options.priority?.forEach((id, i) => {
    if (!rank.has(id)) rank.set(id, i)
  })
  const ranked: { item: PrefillItem; group: number; order: number }[] = []
  let index = 0
  for (const r of records) {
    const types = chartedTypesOf(r)
    const charted = types.length > 0
    if (!charted && !options.includeUncharted) continue
    const priority = rank.get(r.id)
    ranked.push({
      item: { deviceId: r.id, projectId: r.projectId, eventTypes: types },
      group: (charted ? 0 : 2) + (priority === undefined ? 1 : 0),
      order: priority ?? index,
    })
    index++
  }
  ranked.sort((a, b) => a.group - b.group || a.order - b.order)
  return { startTime: options.now - windowMs, endTime: options.now, items: ranked.map((r) => r.item) }
}

/**
 * Milliseconds to wait before the next request fits the budget, given when earlier requests
 * were sent (ascending, epoch ms); 0 when it may go now.
 */
export function rateDelay(sentTimes: readonly number[], now: number, budget: RateBudget = PREFILL_RATE_BUDGET): number {
  let inWindow = 0
  for (let i = sentTimes.length - 1; i >= 0 && (sentTimes[i] ?? 0) > now - budget.windowMs; i--) inWindow++
  if (inWindow < budget.requests) return 0
  const blocking = sentTimes[sentTimes.length - budget.requests] ?? now
  return Math.max(0, blocking + budget.windowMs - now)
}

/**
 * Applies one device's fetched history pages in a single `applyBatch(events, 'history')`. The
 * store sorts, dedupes against live data and fills series and timelines. Pings and
 * labelsChanged (never in history, and an old one would undo newer labels) are skipped.
 * Returns the number of events handed over.
 */
export function mergeHistory(
  applyBatch: (events: readonly DtEvent[], origin: 'history') => void,
  pages: readonly (readonly DtEvent[])[],
): number {
  const events = pages.flat().filter((e) => e.eventType !== 'ping' && e.eventType !== 'labelsChanged')
  if (events.length) applyBatch(events, 'history')
  return events.length
}
