import type { DeviceRecordView } from '../device-record'
import type { RingBuffer } from '../ring-buffer'
import { ALARM_METRICS, type AlarmRule, type AlarmScope } from './alarm-types'

/** True when the scope covers the device (by id, or by a label key with an optional value). */
export function scopeMatches(scope: AlarmScope, record: Pick<DeviceRecordView, 'id' | 'labels'>): boolean {
  switch (scope.kind) {
    case 'all':
      return true
    case 'device':
      return record.id === scope.deviceId
    case 'label': {
      if (!Object.hasOwn(record.labels, scope.key)) return false
      return scope.value === undefined || record.labels[scope.key] === scope.value
    }
  }
}

/** The series a rule reads on this device, or undefined when the device has none of its metric. */
export function metricSource(rule: Pick<AlarmRule, 'metric'>, record: DeviceRecordView): RingBuffer | undefined {
  for (const key of ALARM_METRICS[rule.metric].seriesKeys) {
    const buffer = record.series[key]
    if (buffer?.size) return buffer
  }
  return undefined
}

/** True when an enabled rule watches this device: in scope and carrying the rule's metric. */
export function ruleWatches(rule: AlarmRule, record: DeviceRecordView): boolean {
  return rule.enabled && scopeMatches(rule.scope, record) && metricSource(rule, record) !== undefined
}
