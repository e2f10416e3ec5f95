/**
 * The DT event model: the 19 event types and ping, as a discriminated union on `eventType`.
 * Shapes follow ../shared/dt-api/README.md §4; every payload is the inner object of the wire's
 * keyed `data.<eventType>`, so consumers never unwrap it again.
 */

/** Every event type DT documents, in the order of its docs table. */
export const EVENT_TYPES = [
  'touch',
  'temperature',
  'objectPresent',
  'humidity',
  'objectPresentCount',
  'touchCount',
  'waterPresent',
  'co2',
  'pressure',
  'motion',
  'deskOccupancy',
  'contact',
  'probeWireStatus',
  'networkStatus',
  'batteryStatus',
  'labelsChanged',
  'connectionStatus',
  'ethernetStatus',
  'cellularStatus',
] as const

export type EventType = (typeof EVENT_TYPES)[number]

/** Event types whose wire `data` is keyed by the type name (all but labelsChanged). */
export type KeyedEventType = Exclude<EventType, 'labelsChanged'>

const eventTypeSet: ReadonlySet<string> = new Set(EVENT_TYPES)

/** True when `value` names one of DT's 19 event types (ping excluded). */
export function isEventType(value: string): value is EventType {
  return eventTypeSet.has(value)
}

export const OBJECT_PRESENT_STATES = ['PRESENT', 'NOT_PRESENT'] as const
export const MOTION_STATES = ['MOTION_DETECTED', 'NO_MOTION_DETECTED'] as const
export const DESK_OCCUPANCY_STATES = ['OCCUPIED', 'NOT_OCCUPIED'] as const
export const CONTACT_STATES = ['OPEN', 'CLOSED'] as const
export const PROBE_WIRE_STATES = [
  'INVALID_WIRE_CONFIGURATION',
  'INVALID_COEFFICIENT_CONFIGURATION',
  'TWO_WIRE',
  'THREE_WIRE',
  'FOUR_WIRE',
] as const
export const TRANSMISSION_MODES = ['LOW_POWER_STANDARD_MODE', 'HIGH_POWER_BOOST_MODE'] as const
export const CONNECTIONS = ['SDS', 'ETHERNET', 'CELLULAR', 'OFFLINE'] as const

export type PresenceState = (typeof OBJECT_PRESENT_STATES)[number]
export type MotionState = (typeof MOTION_STATES)[number]
export type DeskOccupancyState = (typeof DESK_OCCUPANCY_STATES)[number]
export type ContactState = (typeof CONTACT_STATES)[number]
export type ProbeWireState = (typeof PROBE_WIRE_STATES)[number]
export type TransmissionMode = (typeof TRANSMISSION_MODES)[number]
export type Connection = (typeof CONNECTIONS)[number]

export interface TemperatureSample {
  value: number
  sampleTime: string
}

export interface HumiditySample {
  temperature: number
  relativeHumidity: number
  sampleTime: string
}

export interface CloudConnectorSignal {
  id: string
  signalStrength?: number
  rssi?: number
}

export interface StatusError {
  code: string
  message: string
}

/** `updateTime` is on every keyed payload; the decoder fills it from the envelope when missing. */
interface Timed {
  updateTime: string
}

export type TouchData = Timed
export interface TemperatureData extends Timed {
  value: number
  /** Newest first; samples[0] equals `value`. Absent on 1st-gen and old payloads. */
  samples?: TemperatureSample[]
  isBackfilled?: boolean
}
export interface ObjectPresentData extends Timed {
  state: PresenceState
}
export interface HumidityData extends Timed {
  temperature: number
  relativeHumidity: number
  samples?: HumiditySample[]
  isBackfilled?: boolean
}
export interface CountData extends Timed {
  total: number
}
export interface WaterPresentData extends Timed {
  state: PresenceState
}
export interface Co2Data extends Timed {
  ppm: number
}
export interface PressureData extends Timed {
  pascal: number
}
export interface MotionData extends Timed {
  state: MotionState
}
export interface DeskOccupancyData extends Timed {
  state: DeskOccupancyState
  remarks?: string[]
}
export interface ContactData extends Timed {
  state: ContactState
}
export interface ProbeWireStatusData extends Timed {
  state: ProbeWireState
}
/** Every field but updateTime may be missing (Python client #106). */
export interface NetworkStatusData extends Timed {
  signalStrength?: number
  rssi?: number
  cloudConnectors?: CloudConnectorSignal[]
  transmissionMode?: TransmissionMode
}
export interface BatteryStatusData extends Timed {
  percentage: number
}
/** Not keyed on the wire and without updateTime. */
export interface LabelsChangedData {
  added: Record<string, string>
  modified: Record<string, string>
  removed: string[]
}
export interface ConnectionStatusData extends Timed {
  connection: Connection
  available: Array<'ETHERNET' | 'CELLULAR'>
}
export interface EthernetStatusData extends Timed {
  macAddress: string
  ipAddress: string
  errors: StatusError[]
}
export interface CellularStatusData extends Timed {
  signalStrength: number
  errors: StatusError[]
}

/** Payload type per event type. */
export interface EventPayloads {
  touch: TouchData
  temperature: TemperatureData
  objectPresent: ObjectPresentData
  humidity: HumidityData
  objectPresentCount: CountData
  touchCount: CountData
  waterPresent: WaterPresentData
  co2: Co2Data
  pressure: PressureData
  motion: MotionData
  deskOccupancy: DeskOccupancyData
  contact: ContactData
  probeWireStatus: ProbeWireStatusData
  networkStatus: NetworkStatusData
  batteryStatus: BatteryStatusData
  labelsChanged: LabelsChangedData
  connectionStatus: ConnectionStatusData
  ethernetStatus: EthernetStatusData
  cellularStatus: CellularStatusData
}

interface Envelope {
  eventId: string
  /** `projects/<p>/devices/<d>` */
  targetName: string
  projectId: string
  deviceId: string
  /** RFC 3339 as sent. */
  timestamp: string
  /** `timestamp` in epoch milliseconds. */
  time: number
}

/** A decoded device event of a known type. */
export type DeviceEvent = {
  [K in EventType]: Envelope & { eventType: K; data: EventPayloads[K] }
}[EventType]

/** A device event of a particular type. */
export type DeviceEventOf<K extends EventType> = Extract<DeviceEvent, { eventType: K }>

/** An event whose type this build does not know: kept, counted and shown, never dropped. */
export interface UnknownEvent extends Envelope {
  eventType: 'unknown'
  /** The type name as sent. */
  rawEventType: string
  /** The wire `data` as sent. */
  data: unknown
}

/** Heartbeat sent on the stream when `ping_interval` is set; its target is the project. */
export interface PingEvent {
  eventType: 'ping'
  eventId: string
  targetName: string
  projectId: string
  timestamp: string
  time: number
  data: null
}

/** Anything the stream or history can carry. */
export type DtEvent = DeviceEvent | UnknownEvent | PingEvent

/** An error frame inside the stream, normalised from either layout (README §3.4). */
export interface StreamErrorFrame {
  /** HTTP-style status when known (`code` ≥ 100 or `httpCode`), else undefined. */
  httpStatus?: number
  /** gRPC status when known (`code` < 100 or `grpcCode`), else undefined. */
  grpcCode?: number
  message: string
  details: unknown[]
}

/** One line (NDJSON) or message (SSE) of the stream. */
export type StreamMessage = { kind: 'event'; event: DtEvent } | { kind: 'error'; error: StreamErrorFrame }
