import type { DeviceEvent, EventType } from '../../src/dt'

interface Entry {
  seq: number
  event: DeviceEvent
}

export interface HistoryQuery {
  start: number
  end: number
  types?: ReadonlySet<EventType> | undefined
  /** Only entries older than this sequence number (the page token's cursor). */
  beforeSeq?: number | undefined
  limit: number
}

export interface HistoryPage {
  events: DeviceEvent[]
  /** Cursor for the next page, when there is one. */
  nextSeq?: number
}

/**
 * One device's event history, oldest first, bounded by a count cap and a time window. Sequence
 * numbers are global and only grow, so a page cursor stays valid while new events arrive.
 */
export class HistoryBuffer {
  private entries: Entry[] = []

  constructor(private readonly cap: number) {}

  get size(): number {
    return this.entries.length
  }

  push(seq: number, event: DeviceEvent, oldestAllowed: number): void {
    this.entries.push({ seq, event })
    // Trimming in slack-sized steps keeps push amortised O(1) instead of a shift per event.
    const slack = Math.max(1, Math.ceil(this.cap / 4))
    if (this.entries.length > this.cap + slack) this.entries.splice(0, this.entries.length - this.cap)
    let stale = 0
    while (stale < this.entries.length && (this.entries[stale]?.event.time ?? Infinity) < oldestAllowed) stale++
    if (stale > 0) this.entries.splice(0, stale)
  }

  /** Newest first, as DT's history endpoint answers (README §5.5). */
  query(q: HistoryQuery): HistoryPage {
    const events: DeviceEvent[] = []
    let lastSeq = 0
    for (let i = this.entries.length - 1; i >= 0; i--) {
      const entry = this.entries[i]
      if (!entry) continue
      const { seq, event } = entry
      if (q.beforeSeq !== undefined && seq >= q.beforeSeq) continue
      if (event.time < q.start || event.time > q.end) continue
      if (q.types && !q.types.has(event.eventType)) continue
      if (events.length === q.limit) return { events, nextSeq: lastSeq }
      events.push(event)
      lastSeq = seq
    }
    return { events }
  }
}
