import type { EventPayloads, DtEvent, KeyedEventType } from './event-types'

/** Device types DT documents (README §5.1). Unknown types are kept as plain strings. */
export const DEVICE_TYPES = [
  'temperature',
  'proximity',
  'touch',
  'humidity',
  'proximityCounter',
  'touchCounter',
  'waterDetector',
  'co2',
  'motion',
  'deskOccupancy',
  'contact',
  'ccon',
] as const

export type KnownDeviceType = (typeof DEVICE_TYPES)[number]

/** Latest payload per event type; `null` when that type was never seen. */
export type ReportedState = { [K in KeyedEventType]?: EventPayloads[K] | null }

export interface Device {
  /** `projects/<p>/devices/<d>` */
  name: string
  id: string
  projectId: string
  /** A KnownDeviceType, or whatever a newer API sends. */
  type: string
  productNumber: string
  labels: Record<string, string>
  reported: ReportedState
}

export interface Project {
  name: string
  id: string
  displayName: string
  organization: string
  organizationDisplayName: string
  sensorCount: number
  cloudConnectorCount: number
  inventory: boolean
}

export interface Page<T> {
  items: T[]
  /** "" on the last page. */
  nextPageToken: string
}

export type DevicesPage = Page<Device>
export type EventsPage = Page<DtEvent>
export type ProjectsPage = Page<Project>

/** A REST error body, flat (`{error, code, help}`) or nested (`{error: {code, message}}`). */
export interface RestError {
  status: number
  message: string
  help?: string
}

export interface TokenResponse {
  accessToken: string
  tokenType: string
  /** Seconds. */
  expiresIn: number
}
