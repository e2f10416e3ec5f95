import { DEVICE_TYPES, EVENT_TYPES, isEventType, type EventType } from '../../src/dt'
import { HttpError } from './http-io'
import { listParam, oneParam } from './query-params'
import type { DeviceRecord } from './world'

export interface LabelFilter {
  key: string
  /** Undefined for `key` and `key=`: any value matches. */
  value?: string
}

export interface DeviceFilter {
  deviceIds?: ReadonlySet<string>
  deviceTypes?: ReadonlySet<string>
  productNumbers?: ReadonlySet<string>
  labels?: readonly LabelFilter[]
  labelMode: 'and' | 'or'
  /** Lower-cased free text. */
  query?: string
}

export interface StreamFilter extends DeviceFilter {
  eventTypes?: ReadonlySet<EventType>
}

export function parseLabelFilter(text: string): LabelFilter {
  const i = text.indexOf('=')
  if (i < 0) return { key: text }
  const key = text.slice(0, i)
  const value = text.slice(i + 1)
  return value === '' ? { key } : { key, value }
}

const setOf = (values: string[]) => (values.length ? new Set(values) : undefined)

const knownDeviceTypes: ReadonlySet<string> = new Set(DEVICE_TYPES)

/** The device filters shared by list devices and the stream, in both spellings. */
export function parseDeviceFilter(q: URLSearchParams, labelMode: 'and' | 'or'): DeviceFilter {
  const deviceTypes = listParam(q, 'device_types')
  const unknown = deviceTypes.find((t) => !knownDeviceTypes.has(t))
  if (unknown !== undefined) {
    throw new HttpError(400, `unknown device type "${unknown}" in device_types; known: ${DEVICE_TYPES.join(', ')}`)
  }
  const labels = listParam(q, 'label_filters').map(parseLabelFilter)
  const emptyKey = labels.find((l) => l.key === '')
  if (emptyKey) throw new HttpError(400, 'label_filters entries need a key: key=value, key= or key')
  return {
    labelMode,
    deviceIds: setOf(listParam(q, 'device_ids')),
    deviceTypes: setOf(deviceTypes),
    productNumbers: setOf(listParam(q, 'product_numbers')),
    labels: labels.length ? labels : undefined,
    query: oneParam(q, 'query')?.toLowerCase(),
  }
}

/** `event_types`/`eventTypes`; an unknown name is a 400 that names it. */
export function parseEventTypes(q: URLSearchParams): Set<EventType> | undefined {
  const types = listParam(q, 'event_types')
  if (types.length === 0) return undefined
  const out = new Set<EventType>()
  for (const t of types) {
    if (!isEventType(t)) throw new HttpError(400, `unknown event type "${t}" in event_types; known: ${EVENT_TYPES.join(', ')}`)
    out.add(t)
  }
  return out
}

function labelMatches(f: LabelFilter, labels: Record<string, string>): boolean {
  if (!Object.hasOwn(labels, f.key)) return false
  return f.value === undefined || labels[f.key] === f.value
}

function textMatches(query: string, d: DeviceRecord): boolean {
  if (d.id.toLowerCase().includes(query) || d.type.toLowerCase().includes(query)) return true
  for (const v of Object.values(d.labels)) if (v.toLowerCase().includes(query)) return true
  return false
}

export function matchesDevice(f: DeviceFilter, d: DeviceRecord, labels: Record<string, string> = d.labels): boolean {
  if (f.deviceIds && !f.deviceIds.has(d.id)) return false
  if (f.deviceTypes && !f.deviceTypes.has(d.type)) return false
  if (f.productNumbers && !f.productNumbers.has(d.productNumber)) return false
  if (f.labels) {
    const ok = f.labelMode === 'or' ? f.labels.some((l) => labelMatches(l, labels)) : f.labels.every((l) => labelMatches(l, labels))
    if (!ok) return false
  }
  if (f.query && !textMatches(f.query, d)) return false
  return true
}

/** Stream match; labelsChanged also reaches streams that matched the labels before the change. */
export function matchesStream(f: StreamFilter, eventType: string, d: DeviceRecord, previousLabels?: Record<string, string>): boolean {
  if (f.eventTypes && !f.eventTypes.has(eventType as EventType)) return false
  if (matchesDevice(f, d)) return true
  return previousLabels !== undefined && matchesDevice(f, d, previousLabels)
}
