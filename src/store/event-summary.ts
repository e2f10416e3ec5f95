import type { CloudConnectorSignal, DeviceEvent, LabelsChangedData, StatusError, UnknownEvent } from '../dt'
import { toLogEntry, type EventLogEntry } from './event-log'

/** Temperature unit for display; everything is stored in °C. */
export type TemperatureUnit = 'C' | 'F'

// A fixed locale keeps log lines and tests deterministic ("1,012 hPa").
const twoDecimals = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 })
const oneDecimal = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 })
const whole = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 })

/** °C in the chosen unit, as a number. */
export function convertTemperature(celsius: number, unit: TemperatureUnit): number {
  return unit === 'F' ? (celsius * 9) / 5 + 32 : celsius
}

/** "21.4 °C" or "70.52 °F". */
export function formatTemperature(celsius: number, unit: TemperatureUnit): string {
  return `${twoDecimals.format(convertTemperature(celsius, unit))} °${unit}`
}

/** "1,012 hPa" from pascal. */
export function formatPressure(pascal: number): string {
  return `${oneDecimal.format(pascal / 100)} hPa`
}

/** "Not present" from NOT_PRESENT: enum values read as sentences. */
export function humanizeState(state: string): string {
  const words = state.toLowerCase().replace(/_/g, ' ')
  return words.charAt(0).toUpperCase() + words.slice(1)
}

const STATE_TEXT: Readonly<Record<string, string>> = {
  MOTION_DETECTED: 'Motion',
  NO_MOTION_DETECTED: 'No motion',
  SDS: 'SDS',
}

function stateText(state: string): string {
  return STATE_TEXT[state] ?? humanizeState(state)
}

function plural(n: number, word: string): string {
  return `${whole.format(n)} ${word}${n === 1 ? '' : 's'}`
}

function errorsText(errors: readonly StatusError[] | undefined): string {
  const first = errors?.[0]
  if (!first) return ''
  return `, ${plural(errors.length, 'error')}: ${first.message || first.code}`
}

function labelsText(d: LabelsChangedData): string {
  const pair = ([k, v]: [string, string]) => (v ? `${k} → ${v}` : k)
  const parts = [
    ...Object.entries(d.modified).map(pair),
    ...Object.entries(d.added).map(pair),
    ...d.removed.map((k) => `removed ${k}`),
  ]
  return `labels changed: ${parts.join(', ') || 'none'}`
}

function strongest(connectors: readonly CloudConnectorSignal[] | undefined): CloudConnectorSignal | undefined {
  let best: CloudConnectorSignal | undefined
  for (const c of connectors ?? []) {
    if (!best || (c.signalStrength ?? -1) > (best.signalStrength ?? -1)) best = c
  }
  return best
}

/** Readable text for a log entry; temperatures in `unit`. */
export function summarizeEntry(entry: EventLogEntry, unit: TemperatureUnit = 'C'): string {
  switch (entry.eventType) {
    case 'unknown':
      return `unknown event ${entry.type}`
    case 'touch':
      return 'touched'
    case 'temperature':
      return formatTemperature(entry.data.value, unit) + (entry.data.isBackfilled ? ' (backfilled)' : '')
    case 'humidity':
      return `${twoDecimals.format(entry.data.relativeHumidity)} % RH, ${formatTemperature(entry.data.temperature, unit)}`
    case 'objectPresent':
    case 'waterPresent':
    case 'contact':
    case 'motion':
    case 'probeWireStatus':
      return stateText(entry.data.state)
    case 'deskOccupancy': {
      const incomplete = entry.data.remarks?.includes('INCOMPLETE_DATA') ? ' (incomplete data)' : ''
      return humanizeState(entry.data.state) + incomplete
    }
    case 'touchCount':
      return `${whole.format(entry.data.total)} ${entry.data.total === 1 ? 'touch' : 'touches'}`
    case 'objectPresentCount':
      return `count ${whole.format(entry.data.total)}`
    case 'co2':
      return `CO2 ${whole.format(entry.data.ppm)} ppm`
    case 'pressure':
      return formatPressure(entry.data.pascal)
    case 'batteryStatus':
      return `battery ${whole.format(entry.data.percentage)} %`
    case 'networkStatus': {
      const d = entry.data
      const best = strongest(d.cloudConnectors)
      const rssi = best?.rssi ?? d.rssi
      const strength = best?.signalStrength ?? d.signalStrength
      const level = rssi !== undefined ? `${whole.format(rssi)} dBm` : strength !== undefined ? `${whole.format(strength)} %` : 'no signal data'
      return `${plural(d.cloudConnectors?.length ?? 0, 'connector')}, ${level}`
    }
    case 'labelsChanged':
      return labelsText(entry.data)
    case 'connectionStatus': {
      const available = entry.data.available.map(stateText).join(', ')
      return stateText(entry.data.connection) + (available ? ` (${available} available)` : '')
    }
    case 'ethernetStatus':
      return (entry.data.ipAddress ? `IP ${entry.data.ipAddress}` : 'no IP address') + errorsText(entry.data.errors)
    case 'cellularStatus':
      return `cellular ${whole.format(entry.data.signalStrength)} %${errorsText(entry.data.errors)}`
  }
}

/** Readable text for an event ("21.4 °C", "Open", "CO2 612 ppm"); temperatures in `unit`. */
export function summarize(event: DeviceEvent | UnknownEvent, unit: TemperatureUnit = 'C'): string {
  return summarizeEntry(toLogEntry(event, 'stream'), unit)
}
