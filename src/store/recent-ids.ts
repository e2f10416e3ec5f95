/** Event ids remembered for deduplication by default. */
export const DEFAULT_DEDUPE_CAPACITY = 100_000

/**
 * The last N event ids, for dropping events seen twice (stream plus history backfill, at most once
 * delivery plus retries). Bounded so a long session's memory stays flat; the oldest id is forgotten
 * first, which is safe because backfill only reaches back over the recent past.
 */
export class RecentIds {
  private readonly set = new Set<string>()
  private readonly ring: string[] = []
  private next = 0
  private readonly limit: number

  constructor(capacity = DEFAULT_DEDUPE_CAPACITY) {
    this.limit = Math.max(1, Math.floor(capacity))
  }

  /** Ids remembered. */
  get size(): number {
    return this.set.size
  }

  /** True when `id` was seen recently. */
  has(id: string): boolean {
    return this.set.has(id)
  }

  /** Remembers `id`; false when it was already known (a duplicate). */
  add(id: string): boolean {
    if (this.set.has(id)) return false
    if (this.ring.length < this.limit) {
      this.ring.push(id)
    } else {
      this.set.delete(this.ring[this.next] as string)
      this.ring[this.next] = id
      this.next = (this.next + 1) % this.limit
    }
    this.set.add(id)
    return true
  }

  /** Forgets every id. */
  clear(): void {
    this.set.clear()
    this.ring.length = 0
    this.next = 0
  }
}
