import { describe, expect, it } from 'vitest'
import type { DeviceEvent } from '../../dt'
import { applyEvent, emptyRecord, type DeviceRecordView } from '../../store'
import { ev } from '../../store/test-events'
import { describeDevice, temperatureParts, type ReadingContext } from './card-reading'

const now = Date.parse('2025-03-11T12:00:00Z')
const ctx: ReadingContext = { unit: 'C', now, windowStart: now - 15 * 60_000, windowLabel: '15 min' }

function record(type: string, ...events: DeviceEvent[]): DeviceRecordView {
  const base = { ...emptyRecord('d1', 'p1'), listed: true, type }
  return events.reduce((r, e) => applyEvent(r, e), base)
}

describe('describeDevice', () => {
  it('temperature: value and unit from formatTemperature, in °C or °F, with the series chart', () => {
    const r = record('temperature', ev('temperature', 'd1', now - 5000, { value: -17.84 }))
    expect(describeDevice(r, ctx)).toMatchObject({ value: '-17.84', unit: '°C', kind: 'number', time: now - 5000, chart: { kind: 'series', key: 'temperature' } })
    expect(describeDevice(r, { ...ctx, unit: 'F' })).toMatchObject({ value: '-0.11', unit: '°F' })
  })

  it('temperature probe: a bad wire configuration is an alert', () => {
    const r = record('temperature', ev('temperature', 'd1', now, { value: 68 }), ev('probeWireStatus', 'd1', now, { state: 'INVALID_WIRE_CONFIGURATION' }))
    expect(describeDevice(r, ctx)).toMatchObject({ tone: 'alert', details: ['Probe: invalid wire configuration'] })
  })

  it('humidity: temperature large, relative humidity beside it', () => {
    const r = record('humidity', ev('humidity', 'd1', now, { temperature: 21.8, relativeHumidity: 38.25 }))
    expect(describeDevice(r, ctx)).toMatchObject({ value: '21.8', unit: '°C', details: ['38.3 % RH'], accentType: 'humidity', chart: { key: 'humidityTemperature' } })
  })

  it('co2: ppm, plus pressure in hPa when present', () => {
    const r = record('co2', ev('co2', 'd1', now, { ppm: 712.4 }), ev('pressure', 'd1', now, { pascal: 101_240 }))
    expect(describeDevice(r, ctx)).toMatchObject({ value: '712', unit: 'ppm', details: ['1,012.4 hPa'], chart: { key: 'co2' } })
  })

  it('contact: OPEN / CLOSED in capitals, open is the active state, with a state strip', () => {
    const open = record('contact', ev('contact', 'd1', now, { state: 'OPEN' }))
    expect(describeDevice(open, ctx)).toMatchObject({ value: 'OPEN', kind: 'state', tone: 'active', chart: { kind: 'timeline', type: 'contact' } })
    const closed = record('contact', ev('contact', 'd1', now, { state: 'CLOSED' }))
    expect(describeDevice(closed, ctx)).toMatchObject({ value: 'CLOSED', tone: 'normal' })
  })

  it('proximity, motion, desk: state words', () => {
    expect(describeDevice(record('proximity', ev('objectPresent', 'd1', now, { state: 'PRESENT' })), ctx).value).toBe('Present')
    expect(describeDevice(record('motion', ev('motion', 'd1', now, { state: 'NO_MOTION_DETECTED' })), ctx).value).toBe('No motion')
    expect(describeDevice(record('deskOccupancy', ev('deskOccupancy', 'd1', now, { state: 'OCCUPIED' })), ctx).value).toBe('Occupied')
  })

  it('water: "Water detected" is an alert, "Dry" is not', () => {
    expect(describeDevice(record('waterDetector', ev('waterPresent', 'd1', now, { state: 'PRESENT' })), ctx)).toMatchObject({ value: 'Water detected', tone: 'alert' })
    expect(describeDevice(record('waterDetector', ev('waterPresent', 'd1', now, { state: 'NOT_PRESENT' })), ctx)).toMatchObject({ value: 'Dry', tone: 'normal' })
  })

  it('counters: the total, and how much it grew inside the window', () => {
    const r = record('touchCounter', ev('touchCount', 'd1', now - 20 * 60_000, { total: 90 }), ev('touchCount', 'd1', now - 10 * 60_000, { total: 100 }), ev('touchCount', 'd1', now, { total: 112 }))
    expect(describeDevice(r, ctx)).toMatchObject({ value: '112', unit: 'total', details: ['+12 in 15 min'], chart: { key: 'touchCount' } })
  })

  it('touch: the age of the last touch', () => {
    const r = record('touch', ev('touch', 'd1', now - 4 * 60_000, {}))
    expect(describeDevice(r, ctx)).toMatchObject({ value: '4 min', unit: 'ago', chart: null })
    expect(describeDevice(r, ctx).details[0]).toMatch(/^Touched at \d\d:\d\d:\d\d$/)
    expect(describeDevice(record('touch'), ctx)).toMatchObject({ value: 'Never', time: null })
  })

  it('cloud connector: uplink, cellular signal, uplinks available; OFFLINE is an alert', () => {
    const r = record('ccon', ev('connectionStatus', 'd1', now, { connection: 'CELLULAR', available: ['CELLULAR'] }), ev('cellularStatus', 'd1', now, { signalStrength: 62, errors: [] }))
    expect(describeDevice(r, ctx)).toMatchObject({ value: 'CELLULAR', details: ['Cellular 62 %', 'Cellular available'], tone: 'normal' })
    const off = record('ccon', ev('connectionStatus', 'd1', now, { connection: 'OFFLINE', available: [] }))
    expect(describeDevice(off, ctx).tone).toBe('alert')
  })

  it('no data yet: a dash, muted, still with its chart slot', () => {
    expect(describeDevice(record('temperature'), ctx)).toMatchObject({ value: '—', kind: 'none', time: null, chart: { key: 'temperature' } })
  })

  it('a device known only from its events is described by what it sent', () => {
    const r = applyEvent(emptyRecord('d2', 'p1'), ev('contact', 'd2', now, { state: 'OPEN' }))
    expect(describeDevice(r, ctx).value).toBe('OPEN')
  })
})

describe('temperatureParts', () => {
  it('splits the figure from the unit', () => {
    expect(temperatureParts(21.4, 'C')).toEqual({ value: '21.4', unit: '°C' })
    expect(temperatureParts(0, 'F')).toEqual({ value: '32', unit: '°F' })
  })
})
