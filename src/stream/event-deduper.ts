import { EventIdWindow } from '../dt'

/** Remembers recent eventIds so that stream and history deliver each event once. */
export interface EventDeduper {
  /** True when the id is new (and now remembered); false for a duplicate. */
  add(eventId: string): boolean
  has(eventId: string): boolean
  readonly size: number
  clear(): void
}

/**
 * A bounded FIFO set of eventIds: 50 000 ids cover hours of a busy project, far longer than any
 * gap we backfill. Fingerprints in typed arrays (EventIdWindow): memory stays flat once full and
 * no id string is kept alive.
 */
export function createEventDeduper(capacity = 50_000): EventDeduper {
  const ids = new EventIdWindow(capacity)
  return {
    add: (eventId) => ids.add(eventId),
    has: (eventId) => ids.has(eventId),
    get size() {
      return ids.size
    },
    clear: () => ids.clear(),
  }
}
