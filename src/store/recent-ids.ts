import { EventIdWindow } from '../dt'

/** Event ids remembered for deduplication by default. */
export const DEFAULT_DEDUPE_CAPACITY = 100_000

/**
 * The last N event ids, for dropping events seen twice (stream plus history backfill, at most once
 * delivery plus retries). Bounded so a long session's memory stays flat; the oldest id is forgotten
 * first, which is safe because backfill only reaches back over the recent past. Held as
 * fingerprints in typed arrays (EventIdWindow), so no id string outlives its event.
 */
export class RecentIds {
  private readonly window: EventIdWindow

  constructor(capacity = DEFAULT_DEDUPE_CAPACITY) {
    this.window = new EventIdWindow(capacity)
  }

  /** Ids remembered. */
  get size(): number {
    return this.window.size
  }

  /** True when `id` was seen recently. */
  has(id: string): boolean {
    return this.window.has(id)
  }

  /** Remembers `id`; false when it was already known (a duplicate). */
  add(id: string): boolean {
    return this.window.add(id)
  }

  /** Forgets every id. */
  clear(): void {
    this.window.clear()
  }
}
