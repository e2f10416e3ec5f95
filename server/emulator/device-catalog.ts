import type { EventType, KeyedEventType, KnownDeviceType } from '../../src/dt'

const SENSOR: readonly KeyedEventType[] = ['touch', 'networkStatus', 'batteryStatus']

/**
 * Event types each device type reports (README §4.2 and §5.1). A Temperature Probe is a
 * `temperature` device, so probeWireStatus is allowed there.
 */
export const DEVICE_EVENT_TYPES: Record<KnownDeviceType, readonly KeyedEventType[]> = {
  temperature: ['temperature', 'probeWireStatus', ...SENSOR],
  proximity: ['objectPresent', ...SENSOR],
  touch: [...SENSOR],
  humidity: ['humidity', ...SENSOR],
  proximityCounter: ['objectPresentCount', ...SENSOR],
  touchCounter: ['touchCount', ...SENSOR],
  waterDetector: ['waterPresent', ...SENSOR],
  co2: ['co2', 'pressure', 'humidity', ...SENSOR],
  motion: ['motion', ...SENSOR],
  deskOccupancy: ['deskOccupancy', ...SENSOR],
  contact: ['contact', ...SENSOR],
  ccon: ['connectionStatus', 'ethernetStatus', 'cellularStatus', 'touch'],
}

/**
 * Product numbers per type. 102058, 101895, 102064 and 100011 appear in DT's fixtures; the rest
 * are emulator stand-ins of the same shape.
 */
export const PRODUCT_NUMBERS: Record<KnownDeviceType, string> = {
  temperature: '102058',
  proximity: '102064',
  touch: '102060',
  humidity: '101895',
  proximityCounter: '102071',
  touchCounter: '102068',
  waterDetector: '102067',
  co2: '102081',
  motion: '102085',
  deskOccupancy: '102089',
  contact: '102094',
  ccon: '100011',
}

export const PROBE_PRODUCT_NUMBER = '102180'

/** True when a device of this type may send (or be published) events of that type. */
export function supportsEventType(deviceType: string, eventType: EventType): boolean {
  const types = DEVICE_EVENT_TYPES[deviceType as KnownDeviceType] as readonly string[] | undefined
  return types !== undefined && types.includes(eventType)
}

/** `reported` of a device that has sent nothing yet: every type it reports, as `null`. */
export function emptyReported(deviceType: KnownDeviceType, probe = false): Partial<Record<KeyedEventType, null>> {
  const out: Partial<Record<KeyedEventType, null>> = {}
  for (const t of DEVICE_EVENT_TYPES[deviceType]) {
    if (t === 'probeWireStatus' && !probe) continue
    out[t] = null
  }
  return out
}
