import { describe, expect, it } from 'vitest'
import { toLogEntry } from './event-log'
import { convertTemperature, formatPressure, formatTemperature, summarize, summarizeEntry } from './event-summary'
import { ev, fixtureDeviceEvent, labelsEv, unknownEv } from './test-events'

describe('summarize', () => {
  it('writes every fixture event type as readable text', () => {
    const expected = {
      touch: 'touched',
      temperature: '4.35 °C',
      objectPresent: 'Not present',
      humidity: '38.5 % RH, 21.85 °C',
      objectPresentCount: 'count 18,342',
      touchCount: '1,207 touches',
      waterPresent: 'Present',
      co2: 'CO2 684 ppm',
      pressure: '1,008.7 hPa',
      motion: 'Motion',
      deskOccupancy: 'Occupied',
      contact: 'Open',
      probeWireStatus: 'Three wire',
      networkStatus: '1 connector, -79 dBm',
      batteryStatus: 'battery 95 %',
      labelsChanged: 'labels changed: name → Freezer 3 - top shelf, zone → cold-room-2, removed old-asset-tag',
      connectionStatus: 'Ethernet (Ethernet, Cellular available)',
      ethernetStatus: 'IP 192.168.10.37',
      cellularStatus: 'cellular 72 %',
    } as const
    for (const [type, text] of Object.entries(expected)) {
      expect(summarize(fixtureDeviceEvent(type as keyof typeof expected)), type).toBe(text)
    }
  })

  it('converts temperatures to °F on request', () => {
    expect(summarize(ev('temperature', 'd', 0, { value: 21.4 }), 'F')).toBe('70.52 °F')
    expect(summarize(ev('humidity', 'd', 0, { temperature: 0, relativeHumidity: 40 }), 'F')).toBe('40 % RH, 32 °F')
    expect(convertTemperature(-40, 'F')).toBe(-40)
    expect(formatTemperature(21.4, 'C')).toBe('21.4 °C')
  })

  it('applies a unit switch to entries already logged (raw °C stored)', () => {
    const entry = toLogEntry(ev('temperature', 'd', 0, { value: 100 }), 'stream')
    expect(summarizeEntry(entry, 'C')).toBe('100 °C')
    expect(summarizeEntry(entry, 'F')).toBe('212 °F')
  })

  it('covers the other states, remarks, errors, backfill and missing fields', () => {
    expect(summarize(ev('contact', 'd', 0, { state: 'CLOSED' }))).toBe('Closed')
    expect(summarize(ev('motion', 'd', 0, { state: 'NO_MOTION_DETECTED' }))).toBe('No motion')
    expect(summarize(ev('deskOccupancy', 'd', 0, { state: 'NOT_OCCUPIED', remarks: ['INCOMPLETE_DATA'] }))).toBe('Not occupied (incomplete data)')
    expect(summarize(ev('objectPresent', 'd', 0, { state: 'PRESENT' }))).toBe('Present')
    expect(summarize(ev('temperature', 'd', 0, { value: 5, isBackfilled: true }))).toBe('5 °C (backfilled)')
    expect(summarize(ev('touchCount', 'd', 0, { total: 1 }))).toBe('1 touch')
    expect(summarize(ev('pressure', 'd', 0, { pascal: 101200 }))).toBe(formatPressure(101200))
    expect(formatPressure(101200)).toBe('1,012 hPa')
    expect(summarize(ev('co2', 'd', 0, { ppm: 612 }))).toBe('CO2 612 ppm')
    const connectors = [
      { id: 'a', signalStrength: 40, rssi: -90 },
      { id: 'b', signalStrength: 70, rssi: -71 },
      { id: 'c', signalStrength: 10, rssi: -100 },
    ]
    expect(summarize(ev('networkStatus', 'd', 0, { cloudConnectors: connectors }))).toBe('3 connectors, -71 dBm')
    expect(summarize(ev('networkStatus', 'd', 0, {}))).toBe('0 connectors, no signal data')
    expect(summarize(ev('cellularStatus', 'd', 0, { signalStrength: 5, errors: [{ code: 'E1', message: 'no SIM' }] }))).toBe(
      'cellular 5 %, 1 error: no SIM',
    )
    expect(summarize(ev('connectionStatus', 'd', 0, { connection: 'OFFLINE', available: [] }))).toBe('Offline')
    expect(summarize(ev('ethernetStatus', 'd', 0, { macAddress: '', ipAddress: '', errors: [] }))).toBe('no IP address')
    expect(summarize(labelsEv('d', 0, { modified: { name: 'Freezer 3' } }))).toBe('labels changed: name → Freezer 3')
    expect(summarize(unknownEv('lightLevel', 'd', 0))).toBe('unknown event lightLevel')
  })
})
