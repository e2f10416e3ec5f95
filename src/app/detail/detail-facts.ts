import { isEventType } from '../../dt'
import { summarizeEntry, type DeviceRecordView, type EventLogEntry, type SeriesKey, type TemperatureUnit } from '../../store'
import { describeCondition, ruleWatches, type AlarmRule, type AlarmStatus } from '../../store/alarms'
import { toDisplay } from './detail-series'
import type { ConnectorView } from '../../ui/detail/health-card'

/** One row of the latest-values table. */
export interface LatestRow {
  readonly type: string
  readonly value: string
  readonly time: number
}

/** Every event type the device has, with its latest value as text and its time, in first-seen order. */
export function latestRows(record: DeviceRecordView, unit: TemperatureUnit): LatestRow[] {
  const rows: LatestRow[] = []
  for (const type of record.eventTypes) {
    if (isEventType(type)) {
      const latest = record.latest[type]
      if (!latest) continue
      // summarizeEntry reads only type and data; the log entry shape is the cheapest way to reuse it.
      const entry = { eventId: '', time: latest.time, deviceId: record.id, origin: 'stream', eventType: type, type, data: latest.data } as EventLogEntry
      rows.push({ type, value: summarizeEntry(entry, unit), time: latest.time })
    } else {
      const unknown = record.latestUnknown[type]
      if (unknown) rows.push({ type, value: 'event type not known to this version', time: unknown.time })
    }
  }
  return rows
}

/** One cloud connector's view of the device: what the health card shows. */
export type ConnectorRow = ConnectorView

/** The connectors in range, strongest first, named from the device list when it knows them. */
export function connectorRows(record: DeviceRecordView, nameOf: (id: string) => string | undefined): ConnectorRow[] {
  const s = record.signal
  if (!s) return []
  return s.connectors.map((c) => ({
    id: c.id,
    name: (c.id && nameOf(c.id)) || c.id || 'Unnamed connector',
    signalStrength: c.signalStrength,
    rssi: c.rssi,
    time: c.time,
    strongest: c.id === s.strongestConnectorId,
  }))
}

/** The device's newest log entries, newest first. */
export function recentEntries(log: readonly EventLogEntry[], deviceId: string, limit = 50): EventLogEntry[] {
  const out: EventLogEntry[] = []
  for (let i = log.length - 1; i >= 0 && out.length < limit; i--) {
    const e = log[i]
    if (e?.deviceId === deviceId) out.push(e)
  }
  return out
}

/** A rule's threshold drawn on a chart. */
export interface ThresholdLine {
  readonly ruleId: string
  readonly seriesKey: SeriesKey
  /** In the display unit. */
  readonly value: number
  readonly label: string
  readonly firing: boolean
}

/** Threshold lines of the enabled rules that watch this device, on the series they read. */
export function thresholdLines(rules: readonly AlarmRule[], record: DeviceRecordView, alarms: Readonly<Record<string, AlarmStatus>>, keys: readonly SeriesKey[], unit: TemperatureUnit): ThresholdLine[] {
  const lines: ThresholdLine[] = []
  for (const rule of rules) {
    // Door, water and offline rules have no line to draw.
    if (rule.kind !== 'threshold' || !ruleWatches(rule, record)) continue
    const key = keys.find((k) => (rule.metric === 'temperature' ? k === 'temperature' || k === 'humidityTemperature' : k === rule.metric))
    if (!key) continue
    const status = alarms[`${rule.id}|${record.id}`]
    lines.push({
      ruleId: rule.id,
      seriesKey: key,
      value: toDisplay(key, rule.threshold, unit),
      label: `${rule.name || 'Alarm'}: ${describeCondition(rule, unit)}`,
      firing: status?.phase === 'firing',
    })
  }
  return lines
}
