import { DEFAULT_LOG_CAPACITY } from './event-log'
import { DEFAULT_SERIES_CAPACITY } from './ring-buffer'
import { DEFAULT_TIMELINE_CAPACITY } from './state-timeline'

/** Buffer sizes and prefill window. */
export interface Settings {
  readonly seriesCapacity: number
  readonly timelineCapacity: number
  readonly logCapacity: number
  /** How far back charts are prefilled from event history. */
  readonly historyMinutes: number
}

/** Defaults: 2,048 points per series, 512 state changes, 5,000 log entries, 60 min of history. */
export const DEFAULT_SETTINGS: Settings = {
  seriesCapacity: DEFAULT_SERIES_CAPACITY,
  timelineCapacity: DEFAULT_TIMELINE_CAPACITY,
  logCapacity: DEFAULT_LOG_CAPACITY,
  historyMinutes: 60,
}

/** Accepted setting ranges; values outside are clamped. */
export const SETTING_RANGES: Readonly<Record<keyof Settings, readonly [number, number]>> = {
  seriesCapacity: [64, 100_000],
  timelineCapacity: [16, 10_000],
  logCapacity: [100, 100_000],
  historyMinutes: [0, 24 * 60],
}

/** Rounds and clamps a setting into its range; `fallback` when it is not a finite number. */
export function clampSetting(key: keyof Settings, value: unknown, fallback: number): number {
  const [lo, hi] = SETTING_RANGES[key]
  return typeof value === 'number' && Number.isFinite(value) ? Math.min(hi, Math.max(lo, Math.round(value))) : fallback
}
