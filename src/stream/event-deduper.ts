/** Remembers recent eventIds so that stream and history deliver each event once. */
export interface EventDeduper {
  /** True when the id is new (and now remembered); false for a duplicate. */
  add(eventId: string): boolean
  has(eventId: string): boolean
  readonly size: number
  clear(): void
}

/**
 * A bounded FIFO set of eventIds. A Set keeps insertion order, so the oldest id is evicted in
 * O(1); 50 000 ids cover hours of a busy project, far longer than any gap we backfill.
 */
export function createEventDeduper(capacity = 50_000): EventDeduper {
  const ids = new Set<string>()
  return {
    add(eventId) {
      if (ids.has(eventId)) return false
      ids.add(eventId)
      if (ids.size > capacity) {
        const oldest = ids.values().next()
        if (!oldest.done) ids.delete(oldest.value)
      }
      return true
    },
    has: (eventId) => ids.has(eventId),
    get size() {
      return ids.size
    },
    clear: () => ids.clear(),
  }
}
