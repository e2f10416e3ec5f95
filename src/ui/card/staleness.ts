/** Longest silence tolerated from any device, whatever its cadence (two missed DT heartbeats). */
export const MAX_SILENCE_MS = 30 * 60_000
/** Shortest silence ever called stale, so a fast emulator sensor does not flicker. */
export const MIN_SILENCE_MS = 60_000
/** A device is stale after this many of its usual intervals without a word. */
export const CADENCE_FACTOR = 3
/** Report intervals shorter than this are one radio packet heard by several connectors. */
export const MIN_INTERVAL_MS = 1000

/** Why a card's value may no longer be current. */
export type StaleReason = 'not-live' | 'silent'

/** Inputs of `staleness`; times in epoch ms. */
export interface StalenessInput {
  /** The stream is live (events or pings within the watchdog window). */
  live: boolean
  /** Newest report from the device (any event type); null when never heard from. */
  lastSeen: number | null
  now: number
  /** The device's usual interval between reports, when known (see `medianInterval`). */
  cadenceMs: number | null
}

/** Silence after which a device with this cadence counts as stale. */
export function silenceLimitMs(cadenceMs: number | null): number {
  if (cadenceMs === null || !(cadenceMs > 0)) return MAX_SILENCE_MS
  return Math.min(MAX_SILENCE_MS, Math.max(MIN_SILENCE_MS, CADENCE_FACTOR * cadenceMs))
}

/**
 * Whether a card must stop looking current, and why: the stream is not live (nothing on screen
 * can be trusted), or the device has been silent much longer than its cadence. A device never
 * heard from is not stale, it has no value to fade.
 */
export function staleness({ live, lastSeen, now, cadenceMs }: StalenessInput): StaleReason | null {
  if (lastSeen === null) return null
  if (!live) return 'not-live'
  return now - lastSeen > silenceLimitMs(cadenceMs) ? 'silent' : null
}

/** Median of report intervals, ignoring sub-second repeats; null with fewer than 3 intervals. */
export function medianOfIntervals(intervals: readonly number[]): number | null {
  const gaps = intervals.filter((g) => g >= MIN_INTERVAL_MS).sort((a, b) => a - b)
  if (gaps.length < 3) return null
  const mid = gaps.length >> 1
  return gaps.length % 2 ? (gaps[mid] as number) : ((gaps[mid - 1] as number) + (gaps[mid] as number)) / 2
}

/** Median interval between report times (see `medianOfIntervals`). */
export function medianInterval(times: readonly number[]): number | null {
  const gaps: number[] = []
  for (let i = 1; i < times.length; i++) gaps.push((times[i] as number) - (times[i - 1] as number))
  return medianOfIntervals(gaps)
}
