import type { DeviceRecordView } from '../device-record'
import type { RingBuffer } from '../ring-buffer'
import type { TimelineType } from '../series-keys'
import type { SampleSource } from './alarm-step'
import { ALARM_METRICS, type AlarmRule, type AlarmScope, type StateKind, type ThresholdRule } from './alarm-types'
import { timelineSource } from './timeline-source'

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

/** The timeline a door or water rule reads, and the state that counts as "on". */
export const STATE_TIMELINES: Readonly<Record<Exclude<StateKind, 'offline'>, { readonly timeline: TimelineType; readonly active: string }>> = {
  doorOpen: { timeline: 'contact', active: 'OPEN' },
  waterDetected: { timeline: 'waterPresent', active: 'PRESENT' },
}

/** The series a threshold rule reads on this device, or undefined when the device has none of its metric. */
export function metricSource(rule: Pick<ThresholdRule, 'metric'>, record: DeviceRecordView): RingBuffer | undefined {
  for (const key of ALARM_METRICS[rule.metric].seriesKeys) {
    const buffer = record.series[key]
    if (buffer?.size) return buffer
  }
  return undefined
}

/**
 * The samples a rule reads on this device: a series for thresholds, a timeline read as 1/0 for
 * door and water. Undefined when the device has none, and for offline rules, which read the clock.
 */
export function ruleSource(rule: AlarmRule, record: DeviceRecordView): SampleSource | undefined {
  if (rule.kind === 'threshold') return metricSource(rule, record)
  if (rule.kind === 'offline') return undefined
  const { timeline, active } = STATE_TIMELINES[rule.kind]
  const t = record.timelines[timeline]
  return t?.size ? timelineSource(t, active) : undefined
}

/**
 * True when an enabled rule watches this device: in scope and able to produce the rule's signal
 * (its metric, a door, a water sensor). Any device can fall silent, so offline rules watch every
 * device in scope.
 */
export function ruleWatches(rule: AlarmRule, record: DeviceRecordView): boolean {
  if (!rule.enabled || !scopeMatches(rule.scope, record)) return false
  if (rule.kind === 'threshold') return metricSource(rule, record) !== undefined
  if (rule.kind === 'offline') return true
  return !!record.timelines[STATE_TIMELINES[rule.kind].timeline]?.size
}
