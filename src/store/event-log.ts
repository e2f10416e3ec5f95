import type { DeviceEvent, EventPayloads, EventType, UnknownEvent } from '../dt'

/** Entries the event log keeps by default. */
export const DEFAULT_LOG_CAPACITY = 5000

/** Where an event came from: the live stream or event history (prefill, backfill). */
export type EventOrigin = 'stream' | 'history'

interface EntryBase {
  readonly eventId: string
  /** Envelope time, epoch ms. */
  readonly time: number
  readonly deviceId: string
  readonly origin: EventOrigin
}

/**
 * One log line's worth of an event: the payload without its samples and without the envelope
 * strings, so 5,000 entries stay small. Numbers stay raw (°C, Pa) so a unit switch applies to
 * old lines as well. `type` is the event type, or the raw name of an unknown one.
 */
export type EventLogEntry =
  | { [K in EventType]: EntryBase & { readonly eventType: K; readonly type: K; readonly data: EventPayloads[K] } }[EventType]
  | (EntryBase & { readonly eventType: 'unknown'; readonly type: string; readonly data: null })

/** Builds the compact log entry for an event. */
export function toLogEntry(event: DeviceEvent | UnknownEvent, origin: EventOrigin): EventLogEntry {
  const base = { eventId: event.eventId, time: event.time, deviceId: event.deviceId, origin }
  if (event.eventType === 'unknown') return { ...base, eventType: 'unknown', type: event.rawEventType, data: null }
  let data: unknown = event.data
  if (event.eventType === 'temperature' || event.eventType === 'humidity') {
    // Up to 30 samples per heartbeat: the series hold them; the log needs only the value.
    const { samples: _samples, ...rest } = event.data
    data = rest
  }
  return { ...base, eventType: event.eventType, type: event.eventType, data } as EventLogEntry
}

/**
 * A bounded log in time order, newest last. Appending in order is O(1) per entry; a batch that
 * reaches back before the newest entry (history, late events) is merged in one O(n + m) pass.
 * `version` grows with every change so views can memoise on it.
 */
export class EventLog {
  private items: EventLogEntry[] = []
  private head = 0
  private limit: number
  private revision = 0
  private cached: readonly EventLogEntry[] | null = null

  constructor(capacity = DEFAULT_LOG_CAPACITY) {
    this.limit = Math.max(1, Math.floor(capacity))
  }

  /** Grows by one on every change. */
  get version(): number {
    return this.revision
  }

  /** Entries held. */
  get size(): number {
    return this.items.length
  }

  /** Most entries held. */
  get capacity(): number {
    return this.limit
  }

  /** Adds entries in time order (the batch need not be sorted), dropping the oldest beyond capacity. */
  add(entries: readonly EventLogEntry[]): void {
    if (!entries.length) return
    const batch = isSorted(entries) ? entries : [...entries].sort((a, b) => a.time - b.time)
    const newest = this.items.length ? this.at(this.items.length - 1).time : -Infinity
    if ((batch[0]?.time ?? 0) >= newest) for (const e of batch) this.append(e)
    else this.rebuild(merge(this.toArray(), batch))
    this.changed()
  }

  /** Entries oldest first; the same array until the next change. */
  toArray(): readonly EventLogEntry[] {
    if (!this.cached) {
      const n = this.items.length
      const out = new Array<EventLogEntry>(n)
      for (let i = 0; i < n; i++) out[i] = this.at(i)
      this.cached = out
    }
    return this.cached
  }

  /** Changes the capacity, keeping the newest entries. */
  setCapacity(capacity: number): void {
    const next = Math.max(1, Math.floor(capacity))
    if (next === this.limit) return
    const kept = this.toArray().slice(-next)
    this.limit = next
    this.rebuild(kept)
    this.changed()
  }

  /** Removes every entry. */
  clear(): void {
    this.items = []
    this.head = 0
    this.changed()
  }

  private at(i: number): EventLogEntry {
    const p = this.head + i
    return this.items[p >= this.items.length ? p - this.items.length : p] as EventLogEntry
  }

  private append(entry: EventLogEntry): void {
    if (this.items.length < this.limit) {
      this.items.push(entry)
      return
    }
    this.items[this.head] = entry
    this.head = this.head + 1 === this.limit ? 0 : this.head + 1
  }

  private rebuild(sorted: readonly EventLogEntry[]): void {
    this.items = sorted.length > this.limit ? sorted.slice(-this.limit) : [...sorted]
    this.head = 0
  }

  private changed(): void {
    this.revision++
    this.cached = null
  }
}

function isSorted(entries: readonly EventLogEntry[]): boolean {
  for (let i = 1; i < entries.length; i++) if ((entries[i]?.time ?? 0) < (entries[i - 1]?.time ?? 0)) return false
  return true
}

/** Stable merge: on equal times the entries already logged come first. */
function merge(a: readonly EventLogEntry[], b: readonly EventLogEntry[]): EventLogEntry[] {
  const out: EventLogEntry[] = []
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    const x = a[i] as EventLogEntry
    const y = b[j] as EventLogEntry
    if (y.time < x.time) {
      out.push(y)
      j++
    } else {
      out.push(x)
      i++
    }
  }
  while (i < a.length) out.push(a[i++] as EventLogEntry)
  while (j < b.length) out.push(b[j++] as EventLogEntry)
  return out
}
