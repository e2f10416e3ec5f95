import type { SeriesKey, SeriesUnit } from '../series-keys'

/**
 * What a rule watches. Each metric reads one or more store series; a device has at most one of
 * them (a humidity sensor's temperature counts as temperature). Adding a metric is one entry in
 * ALARM_METRICS: the engine, storage and form read everything else from there.
 */
export type AlarmMetric = 'temperature' | 'relativeHumidity' | 'co2'

/** How a metric is read and shown. */
export interface AlarmMetricInfo {
  readonly label: string
  /** Storage unit of thresholds (the series' unit: °C for temperature). */
  readonly unit: SeriesUnit
  /** Series that carry this metric, in order of preference. */
  readonly seriesKeys: readonly SeriesKey[]
  /** Accepted thresholds, in the storage unit. */
  readonly range: readonly [number, number]
  /** Largest hysteresis, in the storage unit. */
  readonly maxHysteresis: number
}

/** Every metric a rule may watch. */
export const ALARM_METRICS: Readonly<Record<AlarmMetric, AlarmMetricInfo>> = {
  temperature: { label: 'Temperature', unit: 'celsius', seriesKeys: ['temperature', 'humidityTemperature'], range: [-200, 850], maxHysteresis: 50 },
  relativeHumidity: { label: 'Relative humidity', unit: 'percent', seriesKeys: ['relativeHumidity'], range: [0, 100], maxHysteresis: 50 },
  co2: { label: 'CO₂', unit: 'ppm', seriesKeys: ['co2'], range: [0, 40_000], maxHysteresis: 5_000 },
}

/** True when `value` names a metric. */
export function isAlarmMetric(value: unknown): value is AlarmMetric {
  return typeof value === 'string' && Object.hasOwn(ALARM_METRICS, value)
}

/** Which devices a rule applies to. A label scope without value matches any value of the key. */
export type AlarmScope = { readonly kind: 'all' } | { readonly kind: 'device'; readonly deviceId: string } | { readonly kind: 'label'; readonly key: string; readonly value?: string }

/** A threshold rule. Thresholds and hysteresis are in the metric's storage unit (°C). */
export interface AlarmRule {
  readonly id: string
  readonly name: string
  readonly metric: AlarmMetric
  readonly comparator: 'above' | 'below'
  readonly threshold: number
  readonly scope: AlarmScope
  /** Seconds the value must stay past the threshold before the alarm fires (0: at once). */
  readonly delayS: number
  /** A firing alarm clears only at or beyond threshold ∓ hysteresis (0: back at the threshold). */
  readonly hysteresis: number
  readonly enabled: boolean
}

/**
 * A (rule, device) pair that is not simply "ok". `pending`: past the threshold, waiting out the
 * delay. `firing`: past it for the delay. `cleared`: it fired, came back, and nobody acknowledged
 * it yet (it leaves the list once acknowledged). All times are sample times, epoch ms.
 */
export interface AlarmStatus {
  /** `${ruleId}|${deviceId}` */
  readonly key: string
  readonly ruleId: string
  readonly deviceId: string
  readonly phase: 'pending' | 'firing' | 'cleared'
  /** First sample past the threshold. */
  readonly startedAt: number
  /** When the delay ran out (firing and cleared). */
  readonly firedAt?: number
  readonly clearedAt?: number
  readonly acknowledged: boolean
  /** The value that started it, in the storage unit. */
  readonly value: number
  /** The most extreme value while past the threshold. */
  readonly peak: number
}

/** Kinds of alarm transitions, for the history list, the live region and notifications. */
export type AlarmTransitionKind = 'pending' | 'resolved' | 'fired' | 'cleared' | 'acknowledged'

/** One change of an alarm. `time` is the sample time it happened at; `at` is when dt-live noticed. */
export interface AlarmTransition {
  readonly id: number
  readonly kind: AlarmTransitionKind
  readonly ruleId: string
  readonly deviceId: string
  readonly time: number
  readonly at: number
  readonly value: number
}

/** The key of a (rule, device) pair. */
export function alarmKey(ruleId: string, deviceId: string): string {
  return `${ruleId}|${deviceId}`
}
