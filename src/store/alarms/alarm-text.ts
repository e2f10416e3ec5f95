import { convertTemperature, type TemperatureUnit } from '../event-summary'
import type { AlarmMetric, AlarmRule, AlarmScope } from './alarm-types'

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

/** "above −15 °C" */
export function describeCondition(rule: Pick<AlarmRule, 'metric' | 'comparator' | 'threshold'>, unit: TemperatureUnit): string {
  return `${rule.comparator} ${formatMetricValue(rule.metric, rule.threshold, unit)}`
}

/** "Temperature above −15 °C" (metric named when it is not temperature, the common case). */
export function describeRule(rule: Pick<AlarmRule, 'metric' | 'comparator' | 'threshold'>, unit: TemperatureUnit): string {
  const metric = rule.metric === 'temperature' ? 'Temperature' : rule.metric === 'co2' ? 'CO₂' : 'Humidity'
  return `${metric} ${describeCondition(rule, unit)}`
}

/** "All devices", "Freezer 3", "zone = cold-room", "any device with label zone". */
export function describeScope(scope: AlarmScope, deviceName: (id: string) => string): string {
  switch (scope.kind) {
    case 'all':
      return 'All devices'
    case 'device':
      return deviceName(scope.deviceId)
    case 'label':
      return scope.value === undefined ? `Label ${scope.key} (any value)` : `${scope.key} = ${scope.value}`
  }
}
