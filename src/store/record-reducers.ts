import { isEventType, type Device, type DeviceEvent, type EventPayloads, type EventType, type LabelsChangedData, type UnknownEvent } from '../dt'
import type { LatestUnknown } from './device-record'
import { mergeNetworkStatus, toNetworkStatusData } from './network-signal'
import type { SeriesKey } from './series-keys'
import {
  DEFAULT_RECORD_LIMITS,
  addType,
  adopt,
  own,
  pushPoint,
  pushState,
  seen,
  setField,
  setLatest,
  type RecordDraft,
  type RecordLimits,
} from './record-draft'

type Payload = { [K in EventType]: { eventType: K; data: EventPayloads[K] } }[EventType]

function applyPayload(d: RecordDraft, p: Payload, time: number, limits: RecordLimits): void {
  switch (p.eventType) {
    case 'temperature': {
      const { samples, ...rest } = p.data
      setLatest(d, 'temperature', samples ? rest : p.data, time)
      // Samples arrive newest first (samples[0] is the value); push oldest first to append in order.
      if (samples?.length) for (let i = samples.length - 1; i >= 0; i--) pushSample(d, 'temperature', samples[i]?.sampleTime, samples[i]?.value, limits)
      else pushPoint(d, 'temperature', time, p.data.value, limits)
      return
    }
    case 'humidity': {
      const { samples, ...rest } = p.data
      setLatest(d, 'humidity', samples ? rest : p.data, time)
      if (samples?.length) {
        for (let i = samples.length - 1; i >= 0; i--) {
          const s = samples[i]
          if (!s) continue
          const t = Date.parse(s.sampleTime)
          pushPoint(d, 'humidityTemperature', t, s.temperature, limits)
          pushPoint(d, 'relativeHumidity', t, s.relativeHumidity, limits)
        }
      } else {
        pushPoint(d, 'humidityTemperature', time, p.data.temperature, limits)
        pushPoint(d, 'relativeHumidity', time, p.data.relativeHumidity, limits)
      }
      return
    }
    case 'co2':
      setLatest(d, p.eventType, p.data, time)
      return pushPoint(d, 'co2', time, p.data.ppm, limits)
    case 'pressure':
      setLatest(d, p.eventType, p.data, time)
      return pushPoint(d, 'pressure', time, p.data.pascal, limits)
    case 'touchCount':
    case 'objectPresentCount':
      setLatest(d, p.eventType, p.data, time)
      return pushPoint(d, p.eventType, time, p.data.total, limits)
    case 'objectPresent':
    case 'contact':
    case 'motion':
    case 'waterPresent':
    case 'deskOccupancy':
      setLatest(d, p.eventType, p.data, time)
      return pushState(d, p.eventType, time, p.data.state, limits)
    case 'batteryStatus':
      if (setLatest(d, p.eventType, p.data, time)) setField(d, 'battery', p.data.percentage)
      return
    case 'connectionStatus':
      if (setLatest(d, p.eventType, p.data, time)) setField(d, 'connection', p.data.connection)
      return
    case 'networkStatus':
      return applyNetworkStatus(d, p.data, time)
    default:
      setLatest(d, p.eventType, p.data, time)
  }
}

function pushSample(d: RecordDraft, key: SeriesKey, sampleTime: string | undefined, value: number | undefined, limits: RecordLimits): void {
  if (sampleTime !== undefined && value !== undefined) pushPoint(d, key, Date.parse(sampleTime), value, limits)
}

function applyNetworkStatus(d: RecordDraft, data: EventPayloads['networkStatus'], time: number): void {
  const signal = mergeNetworkStatus(d.r.signal, data, time)
  if (!signal || signal === d.r.signal) return
  d.r.signal = signal
  const prev = d.r.latest.networkStatus
  const updateTime = !prev || time >= prev.time ? data.updateTime : prev.data.updateTime
  own(d, 'latest').networkStatus = { time: signal.time, data: toNetworkStatusData(signal, updateTime) }
  d.changed = true
}

function applyLabels(d: RecordDraft, change: LabelsChangedData): void {
  const labels = own(d, 'labels') as Record<string, string>
  for (const [k, v] of Object.entries(change.added)) labels[k] = v
  for (const [k, v] of Object.entries(change.modified)) labels[k] = v
  for (const k of change.removed) delete labels[k]
  d.r.name = labels.name || d.r.id
  d.r.description = labels.description ?? ''
  d.changed = d.catalogChanged = true
}

function sameLabels(a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>): boolean {
  const keys = Object.keys(a)
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k])
}

/** Applies one event to a draft. */
export function applyEventToDraft(d: RecordDraft, event: DeviceEvent | UnknownEvent, limits = DEFAULT_RECORD_LIMITS): void {
  if (event.eventType === 'unknown') {
    const prev = d.r.latestUnknown[event.rawEventType]
    if (!prev || event.time >= prev.time) {
      ;(own(d, 'latestUnknown') as Record<string, LatestUnknown>)[event.rawEventType] = { time: event.time, data: event.data }
      d.changed = true
    }
    addType(d, event.rawEventType)
    return seen(d, event.time)
  }
  if (event.eventType === 'labelsChanged') {
    // A person changed the labels, not the device: lastSeen stays.
    applyLabels(d, event.data)
    setLatest(d, 'labelsChanged', event.data, event.time)
    return addType(d, 'labelsChanged')
  }
  applyPayload(d, event, event.time, limits)
  addType(d, event.eventType)
  seen(d, event.time)
}

/** Applies identity, labels and `reported` from the device list to a draft. */
export function applyDeviceToDraft(d: RecordDraft, device: Device, limits = DEFAULT_RECORD_LIMITS): void {
  const r = d.r
  if (!sameLabels(r.labels, device.labels)) {
    adopt(d, 'labels', { ...device.labels })
    d.changed = d.catalogChanged = true
  }
  const name = device.labels.name || device.id
  const description = device.labels.description ?? ''
  const { projectId, type, productNumber } = device
  if (!r.listed || r.projectId !== projectId || r.type !== type || r.productNumber !== productNumber || r.name !== name || r.description !== description) {
    Object.assign(r, { listed: true, projectId, type, productNumber, name, description })
    d.changed = d.catalogChanged = true
  }
  for (const [key, data] of Object.entries(device.reported)) {
    // `reported` is already merged across cloud connectors; null means "never seen".
    if (!data || !isEventType(key)) continue
    const time = Date.parse(data.updateTime)
    if (!Number.isFinite(time)) continue
    applyPayload(d, { eventType: key, data } as Payload, time, limits)
    addType(d, key)
    seen(d, time)
  }
}
