import { decodeDevice, decodeDevicesPage, decodeEvent, decodeEventsPage } from '../dt'
import type { Device, DeviceEvent, DeviceEventOf, DtEvent, EventPayloads, EventType, UnknownEvent } from '../dt'
import examples from '../dt/fixtures/dt-api-examples.json'

// Test-only builders (imported by *.test.ts files, never by the app).

export const PROJECT = 'p1'
let seq = 0

/** RFC 3339 for epoch ms. */
export const iso = (ms: number): string => new Date(ms).toISOString()

/** A device event of type `type` at `time`; `updateTime` is filled in. */
export function ev<K extends Exclude<EventType, 'labelsChanged'>>(
  type: K,
  deviceId: string,
  time: number,
  data: Omit<EventPayloads[K], 'updateTime'>,
  eventId = `e${++seq}`,
): DeviceEventOf<K> {
  return {
    eventId,
    targetName: `projects/${PROJECT}/devices/${deviceId}`,
    projectId: PROJECT,
    deviceId,
    timestamp: iso(time),
    time,
    eventType: type,
    data: { ...data, updateTime: iso(time) },
  } as DeviceEventOf<K>
}

/** A labelsChanged event. */
export function labelsEv(deviceId: string, time: number, data: Partial<EventPayloads['labelsChanged']>): DeviceEventOf<'labelsChanged'> {
  return {
    eventId: `e${++seq}`,
    targetName: `projects/${PROJECT}/devices/${deviceId}`,
    projectId: PROJECT,
    deviceId,
    timestamp: iso(time),
    time,
    eventType: 'labelsChanged',
    data: { added: {}, modified: {}, removed: [], ...data },
  }
}

/** An event of a type this build does not know. */
export function unknownEv(rawEventType: string, deviceId: string, time: number, data: unknown = {}): UnknownEvent {
  return {
    eventId: `e${++seq}`,
    targetName: `projects/${PROJECT}/devices/${deviceId}`,
    projectId: PROJECT,
    deviceId,
    timestamp: iso(time),
    time,
    eventType: 'unknown',
    rawEventType,
    data,
  }
}

/** A listed device. */
export function device(id: string, type: string, labels: Record<string, string> = {}, reported: Device['reported'] = {}): Device {
  return { name: `projects/${PROJECT}/devices/${id}`, id, projectId: PROJECT, type, productNumber: '102058', labels, reported }
}

function ok<T>(r: { ok: true; value: T } | { ok: false; error: string }): T {
  if (!r.ok) throw new Error(r.error)
  return r.value
}

/** The fixture event of each type, decoded. */
export function fixtureEvent<K extends keyof typeof examples.events>(key: K): DtEvent {
  return ok(decodeEvent(examples.events[key]))
}

/** The fixture event of a device-event type, decoded. */
export function fixtureDeviceEvent(key: Exclude<keyof typeof examples.events, 'ping'>): DeviceEvent {
  return fixtureEvent(key) as DeviceEvent
}

/** The fixture `device`, decoded. */
export const fixtureDevice = (): Device => ok(decodeDevice(examples.device))
/** The fixture `devicesPage` items, decoded. */
export const fixtureDevicesPage = (): Device[] => ok(decodeDevicesPage(examples.devicesPage)).items
/** The fixture `eventsPage` events (newest first), decoded. */
export const fixtureEventsPage = (): DtEvent[] => ok(decodeEventsPage(examples.eventsPage)).items
