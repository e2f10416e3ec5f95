import type { EventType } from '../dt'

/** Every numeric quantity kept as a time series. */
export const SERIES_KEYS = [
  'temperature',
  'humidityTemperature',
  'relativeHumidity',
  'co2',
  'pressure',
  'touchCount',
  'objectPresentCount',
] as const

/** Name of a numeric series in a record. */
export type SeriesKey = (typeof SERIES_KEYS)[number]

/** Binary (state) event types kept as state timelines. */
export const TIMELINE_TYPES = ['objectPresent', 'contact', 'motion', 'waterPresent', 'deskOccupancy'] as const

/** A binary event type with a state timeline. */
export type TimelineType = (typeof TIMELINE_TYPES)[number]

/** Storage unit of a series: temperatures in °C, pressure in Pa (shown as hPa). */
export type SeriesUnit = 'celsius' | 'percent' | 'ppm' | 'pascal' | 'count'

/** What a series holds and where it comes from. */
export interface SeriesInfo {
  readonly eventType: EventType
  readonly unit: SeriesUnit
  readonly label: string
}

/** Source event type, unit and label of every series. */
export const SERIES_INFO: Readonly<Record<SeriesKey, SeriesInfo>> = {
  temperature: { eventType: 'temperature', unit: 'celsius', label: 'Temperature' },
  humidityTemperature: { eventType: 'humidity', unit: 'celsius', label: 'Temperature' },
  relativeHumidity: { eventType: 'humidity', unit: 'percent', label: 'Relative humidity' },
  co2: { eventType: 'co2', unit: 'ppm', label: 'CO2' },
  pressure: { eventType: 'pressure', unit: 'pascal', label: 'Pressure' },
  touchCount: { eventType: 'touchCount', unit: 'count', label: 'Touches' },
  objectPresentCount: { eventType: 'objectPresentCount', unit: 'count', label: 'Object count' },
}

const CHARTED: ReadonlySet<string> = new Set<string>([...SERIES_KEYS.map((k) => SERIES_INFO[k].eventType), ...TIMELINE_TYPES])

/** True when events of this type feed a series or a timeline (worth prefilling from history). */
export function isChartedType(type: string): type is EventType {
  return CHARTED.has(type)
}

/** Charted event types a device type is documented to send (README §5.1), for devices not yet heard from. */
export const CHARTED_TYPES_BY_DEVICE_TYPE: Readonly<Record<string, readonly EventType[]>> = {
  temperature: ['temperature'],
  humidity: ['humidity'],
  co2: ['co2', 'pressure', 'humidity'],
  proximity: ['objectPresent'],
  proximityCounter: ['objectPresentCount'],
  touchCounter: ['touchCount'],
  waterDetector: ['waterPresent'],
  motion: ['motion'],
  deskOccupancy: ['deskOccupancy'],
  contact: ['contact'],
}
