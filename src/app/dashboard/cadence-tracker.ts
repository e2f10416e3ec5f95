import { MIN_INTERVAL_MS, medianOfIntervals } from '../../ui/card/staleness'

/** Intervals kept per device, enough for a steady median. */
const KEEP = 9

interface Entry {
  last: number | null
  intervals: number[]
  /** The card was off screen since the last observation: the next time starts a new run. */
  broken: boolean
}

/**
 * Learns each device's usual interval between reports from the `lastSeen` values its card sees
 * while on screen. The store keeps no per-event arrival history (series hold samples, which come
 * many per report), so this is the one place the cadence is observable. Off-screen devices cost
 * nothing; a card scrolled away and back starts a new run instead of counting the unseen gap.
 */
export class CadenceTracker {
  private readonly entries = new Map<string, Entry>()

  /** Records `lastSeen` for a device (idempotent for the same value); returns its median interval or null. */
  observe(id: string, lastSeen: number | null): number | null {
    let entry = this.entries.get(id)
    if (!entry) {
      entry = { last: null, intervals: [], broken: false }
      this.entries.set(id, entry)
    }
    if (lastSeen !== null && (entry.last === null || lastSeen > entry.last)) {
      const gap = entry.last === null || entry.broken ? null : lastSeen - entry.last
      // Sub-second gaps are one packet heard by several connectors: not an interval.
      if (gap !== null && gap >= MIN_INTERVAL_MS) {
        entry.intervals.push(gap)
        if (entry.intervals.length > KEEP) entry.intervals.shift()
      }
      entry.last = lastSeen
      entry.broken = false
    }
    return medianOfIntervals(entry.intervals)
  }

  /** The device's card left the screen. */
  detach(id: string): void {
    const entry = this.entries.get(id)
    if (entry) entry.broken = true
  }

  /** Forgets everything (project switch). */
  clear(): void {
    this.entries.clear()
  }
}

/** The dashboard's tracker, shared by every card. */
export const cadenceTracker = new CadenceTracker()
