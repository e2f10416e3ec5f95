import { convertTemperature, type TemperatureUnit } from '../event-summary'
import type { AlarmKind, AlarmMetric, AlarmScope, StateKind, StateRule, ThresholdRule } from './alarm-types'

const twoDecimals = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 })
const whole = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 })

/** Unit text of a metric in the user's unit: "°C", "%", "ppm". */
export function metricUnit(metric: AlarmMetric, unit: TemperatureUnit): string {
  return metric === 'temperature' ? `°${unit}` : metric === 'relativeHumidity' ? '%' : 'ppm'
}

/** A metric value (storage unit) as text in the user's unit, with a real minus sign: "−15 °C". */
export function formatMetricValue(metric: AlarmMetric, value: number, unit: TemperatureUnit): string {
  const n = metric === 'temperature' ? convertTemperature(value, unit) : value
  const text = (metric === 'co2' ? whole : twoDecimals).format(n).replace('-', '−')
  return `${text} ${metricUnit(metric, unit)}`
}

/** A difference (hysteresis) in the user's unit: 1 °C is 1.8 °F, without the 32 °F offset. */
export function formatMetricDelta(metric: AlarmMetric, delta: number, unit: TemperatureUnit): string {
  const n = metric === 'temperature' && unit === 'F' ? (delta * 9) / 5 : delta
  return `${(metric === 'co2' ? whole : twoDecimals).format(n)} ${metricUnit(metric, unit)}`
}

/** What describeCondition needs of a rule. */
export type DescribedRule = Pick<ThresholdRule, 'kind' | 'metric' | 'comparator' | 'threshold'> | Pick<StateRule, 'kind'>

/** What a door, water or offline alarm is about, as it reads after a device name: "Basement: water detected". */
export const STATE_CONDITIONS: Readonly<Record<StateKind, string>> = { doorOpen: 'door open', waterDetected: 'water detected', offline: 'no data' }

/** "above −15 °C", "door open", "water detected", "no data". */
export function describeCondition(rule: DescribedRule, unit: TemperatureUnit): string {
  if (rule.kind !== 'threshold') return STATE_CONDITIONS[rule.kind]
  return `${rule.comparator} ${formatMetricValue(rule.metric, rule.threshold, unit)}`
}

/** "Temperature above −15 °C" (metric named when it is not temperature, the common case), "Door open". */
export function describeRule(rule: DescribedRule, unit: TemperatureUnit): string {
  if (rule.kind !== 'threshold') return capitalize(describeCondition(rule, unit))
  const metric = rule.metric === 'temperature' ? 'Temperature' : rule.metric === 'co2' ? 'CO₂' : 'Humidity'
  return `${metric} ${describeCondition(rule, unit)}`
}

/** "door open" → "Door open". */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

// "All devices" of a door rule are the contact sensors: only they can report a door.
const ALL_OF_KIND: Readonly<Record<AlarmKind, string>> = { threshold: 'All devices', doorOpen: 'All contact sensors', waterDetected: 'All water detectors', offline: 'All devices' }

/** "All devices", "All contact sensors", "Freezer 3", "zone = cold-room", "Label zone (any value)". */
export function describeScope(scope: AlarmScope, deviceName: (id: string) => string, kind: AlarmKind = 'threshold'): string {
  switch (scope.kind) {
    case 'all':
      return ALL_OF_KIND[kind]
    case 'device':
      return deviceName(scope.deviceId)
    case 'label':
      return scope.value === undefined ? `Label ${scope.key} (any value)` : `${scope.key} = ${scope.value}`
  }
}
