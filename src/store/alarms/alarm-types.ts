import type { SeriesKey, SeriesUnit } from '../series-keys'

/**
 * What a threshold rule watches. Each metric reads one or more store series; a device has at most
 * one of them (a humidity sensor's temperature counts as temperature). Adding a metric is one entry
 * in ALARM_METRICS: the engine, storage and form read everything else from there.
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

/**
 * The kinds of rule, after DT Studio's alert triggers. A threshold compares a number; the others
 * are conditions that are simply true or not (a door is open, water is there, a device is silent),
 * so the delay is all there is to set.
 */
export type AlarmKind = 'threshold' | 'doorOpen' | 'waterDetected' | 'offline'

/** A kind without threshold or hysteresis. */
export type StateKind = Exclude<AlarmKind, 'threshold'>

/** Every kind, in the order the form offers them. */
export const ALARM_KINDS: readonly AlarmKind[] = ['threshold', 'doorOpen', 'waterDetected', 'offline']

/** True when `value` names a kind. */
export function isAlarmKind(value: unknown): value is AlarmKind {
  return typeof value === 'string' && (ALARM_KINDS as readonly string[]).includes(value)
}

/** Which devices a rule applies to. A label scope without value matches any value of the key. */
export type AlarmScope = { readonly kind: 'all' } | { readonly kind: 'device'; readonly deviceId: string } | { readonly kind: 'label'; readonly key: string; readonly value?: string }

interface RuleCommon {
  readonly id: string
  readonly name: string
  readonly scope: AlarmScope
  /**
   * Seconds the condition must hold before the alarm fires (0: at once). For offline rules, how
   * long a device may send nothing.
   */
  readonly delayS: number
  readonly enabled: boolean
}

/** A threshold rule. Thresholds and hysteresis are in the metric's storage unit (°C). */
export interface ThresholdRule extends RuleCommon {
  readonly kind: 'threshold'
  readonly metric: AlarmMetric
  readonly comparator: 'above' | 'below'
  readonly threshold: number
  /** A firing alarm clears only at or beyond threshold ∓ hysteresis (0: back at the threshold). */
  readonly hysteresis: number
}

/** A door, water or offline rule: the condition holds or it does not, so it clears at once. */
export interface StateRule extends RuleCommon {
  readonly kind: StateKind
}

/** Any rule. */
export type AlarmRule = ThresholdRule | StateRule

/** A rule before the store gives it an id (Omit over the union keeps each kind's fields). */
export type NewAlarmRule = Omit<ThresholdRule, 'id'> | Omit<StateRule, 'id'>

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
  /** First sample past the threshold (door and water: when it opened or got wet; offline: last heard). */
  readonly startedAt: number
  /** When the delay ran out (firing and cleared). */
  readonly firedAt?: number
  readonly clearedAt?: number
  readonly acknowledged: boolean
  /** The value that started it, in the storage unit (door and water: 1; offline: seconds of silence when noticed). */
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
  /** When the alarm it belongs to started: "door open 6 min" is `time − startedAt`. */
  readonly startedAt: number
}

/** The key of a (rule, device) pair. */
export function alarmKey(ruleId: string, deviceId: string): string {
  return `${ruleId}|${deviceId}`
}
