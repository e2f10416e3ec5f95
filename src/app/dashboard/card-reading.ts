import { formatPressure, formatTemperature, type DeviceRecordView, type TemperatureUnit } from '../../store'
import type { CardChart, CardReading } from '../../ui/card/card-view'
import { formatAge } from '../../ui/format-age'
import { CO2_CHART, HUMIDITY_CHART, PRESENCE_COUNT_CHART, STATE_CHARTS, TEMPERATURE_CHART, TOUCH_COUNT_CHART } from './card-charts'
import { connectorReading, stateReading, type StateType } from './state-reading'

const whole = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 })
const oneDecimal = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 })
const NO_DETAILS: readonly string[] = []
const clock = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false })

/** What a card needs besides the record: display unit, clock and the chart window's start. */
export interface ReadingContext {
  readonly unit: TemperatureUnit
  readonly now: number
  readonly windowStart: number
  /** Words for the window ("15 min"), used in counter details. */
  readonly windowLabel: string
}

/** "−17.84" and "°C" from formatTemperature's "-17.84 °C". */
export function temperatureParts(celsius: number, unit: TemperatureUnit): { value: string; unit: string } {
  const text = formatTemperature(celsius, unit)
  const space = text.lastIndexOf(' ')
  return { value: text.slice(0, space), unit: text.slice(space + 1) }
}

function empty(accentType: string, chart: CardChart | null): CardReading {
  return { value: '—', unit: '', kind: 'none', tone: 'muted', details: ['Waiting for the first reading'], accentType, time: null, chart }
}

function number(value: string, unit: string, accentType: string, time: number, chart: CardChart | null, details = NO_DETAILS): CardReading {
  return { value, unit, kind: 'number', tone: 'normal', details, accentType, time, chart }
}

function temperature(r: DeviceRecordView, ctx: ReadingContext): CardReading {
  const t = r.latest.temperature
  if (!t) return empty('temperature', TEMPERATURE_CHART)
  const probe = r.latest.probeWireStatus?.data.state
  const details = probe?.startsWith('INVALID') ? [`Probe: ${probe.toLowerCase().replace(/_/g, ' ')}`] : NO_DETAILS
  const p = temperatureParts(t.data.value, ctx.unit)
  return { ...number(p.value, p.unit, 'temperature', t.time, TEMPERATURE_CHART, details), tone: details.length ? 'alert' : 'normal' }
}

function humidity(r: DeviceRecordView, ctx: ReadingContext): CardReading {
  const h = r.latest.humidity
  if (!h) return empty('humidity', HUMIDITY_CHART)
  const p = temperatureParts(h.data.temperature, ctx.unit)
  return number(p.value, p.unit, 'humidity', h.time, HUMIDITY_CHART, [`${oneDecimal.format(h.data.relativeHumidity)} % RH`])
}

function co2(r: DeviceRecordView, ctx: ReadingContext): CardReading {
  const c = r.latest.co2
  if (!c) return empty('co2', CO2_CHART)
  const details: string[] = []
  const pressure = r.latest.pressure
  if (pressure) details.push(formatPressure(pressure.data.pascal))
  const h = r.latest.humidity
  if (h) details.push(`${formatTemperature(h.data.temperature, ctx.unit)}`, `${oneDecimal.format(h.data.relativeHumidity)} % RH`)
  return number(whole.format(c.data.ppm), 'ppm', 'co2', c.time, CO2_CHART, details)
}

function counter(r: DeviceRecordView, ctx: ReadingContext, type: 'touchCount' | 'objectPresentCount'): CardReading {
  const chart = type === 'touchCount' ? TOUCH_COUNT_CHART : PRESENCE_COUNT_CHART
  const c = r.latest[type]
  if (!c) return empty(type, chart)
  const buffer = r.series[type]
  const first = buffer?.size ? buffer.valueAt(buffer.lowerBound(ctx.windowStart)) : Number.NaN
  const delta = c.data.total - first
  // A counter that went down was reset (battery change): no delta rather than a negative one.
  const details = Number.isFinite(delta) && delta >= 0 ? [`+${whole.format(delta)} in ${ctx.windowLabel}`] : NO_DETAILS
  return number(whole.format(c.data.total), 'total', type, c.time, chart, details)
}

function touch(r: DeviceRecordView, ctx: ReadingContext): CardReading {
  const t = r.latest.touch
  if (!t) return { value: 'Never', unit: '', kind: 'state', tone: 'muted', details: ['Not touched since listed'], accentType: 'touch', time: null, chart: null }
  const age = formatAge(t.time, ctx.now)
  return { value: age, unit: age === 'now' ? '' : 'ago', kind: 'number', tone: 'normal', details: [`Touched at ${clock.format(t.time)}`], accentType: 'touch', time: t.time, chart: null }
}

const STATE_BY_DEVICE_TYPE: Readonly<Record<string, StateType>> = {
  proximity: 'objectPresent',
  contact: 'contact',
  motion: 'motion',
  deskOccupancy: 'deskOccupancy',
  waterDetector: 'waterPresent',
}

// A device heard from before (or without) the device list: its type guessed from its events.
const TYPE_BY_EVENT: Readonly<Record<string, string>> = {
  temperature: 'temperature',
  humidity: 'humidity',
  co2: 'co2',
  touchCount: 'touchCounter',
  objectPresentCount: 'proximityCounter',
  connectionStatus: 'ccon',
  ...Object.fromEntries(Object.entries(STATE_BY_DEVICE_TYPE).map(([device, event]) => [event, device])),
}

/** The device type a record looks like: its listed type, else guessed from what it sent. */
function readingType(r: DeviceRecordView): string {
  if (r.type !== 'unknown') return r.type
  for (const t of r.eventTypes) {
    const guess = TYPE_BY_EVENT[t]
    if (guess) return guess
  }
  return r.eventTypes.includes('touch') ? 'touch' : 'unknown'
}

/** The card's big figure, unit, details, accent and chart for a device, per device type. */
export function describeDevice(r: DeviceRecordView, ctx: ReadingContext): CardReading {
  const type = readingType(r)
  const state = STATE_BY_DEVICE_TYPE[type]
  if (state) return stateReading(r, state, STATE_CHARTS[state])
  switch (type) {
    case 'temperature':
      return temperature(r, ctx)
    case 'humidity':
      return humidity(r, ctx)
    case 'co2':
      return co2(r, ctx)
    case 'touchCounter':
      return counter(r, ctx, 'touchCount')
    case 'proximityCounter':
      return counter(r, ctx, 'objectPresentCount')
    case 'touch':
      return touch(r, ctx)
    case 'ccon':
      return connectorReading(r)
    default:
      return { ...empty('networkStatus', null), details: r.eventTypes.length ? [`Sends ${r.eventTypes.join(', ')}`] : ['Waiting for the first event'] }
  }
}
