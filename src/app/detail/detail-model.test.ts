import { describe, expect, it } from 'vitest'
import { applyEvent, fromDevice, type DeviceRecordView } from '../../store'
import { device, ev } from '../../store/test-events'
import { connectorRows, latestRows, recentEntries, thresholdLines } from './detail-facts'
import { chartGroupsOf, displayUnit, historyTypesOf, timelineTypesOf, toDisplay, windowSeries, windowStats, windowTimeline } from './detail-series'
import type { HistoryData } from './history-loader'
import { recordFromHistory } from './history-record'
import { csvFileName, seriesToCsv } from './series-csv'

const T = 1_700_000_000_000
const s = (n: number) => T + n * 1000

function withEvents(record: DeviceRecordView, events: Parameters<typeof applyEvent>[1][]): DeviceRecordView {
  return events.reduce((r, e) => applyEvent(r, e), record)
}

function history(record: DeviceRecordView, from: number, to: number): HistoryData {
  return { deviceId: record.id, from, to, record, events: 0, pages: 1, truncated: false }
}

describe('charts a device gets', () => {
  it('groups series per device type, humidity as a pair, binary types as strips', () => {
    expect(chartGroupsOf(fromDevice(device('t', 'temperature')))).toEqual([['temperature']])
    expect(chartGroupsOf(fromDevice(device('h', 'humidity')))).toEqual([['humidityTemperature', 'relativeHumidity']])
    expect(chartGroupsOf(fromDevice(device('c', 'co2')))).toEqual([['co2'], ['humidityTemperature', 'relativeHumidity'], ['pressure']])
    const door = fromDevice(device('d', 'contact'))
    expect(chartGroupsOf(door)).toEqual([])
    expect(timelineTypesOf(door)).toEqual(['contact'])
    expect(historyTypesOf(fromDevice(device('c', 'co2'))).sort()).toEqual(['co2', 'humidity', 'pressure'])
  })
})

describe('window data', () => {
  const live = withEvents(fromDevice(device('t', 'temperature')), [ev('temperature', 't', s(100), { value: 5 }), ev('temperature', 't', s(200), { value: 7 })])
  const past = recordFromHistory('t', 'p1', [ev('temperature', 't', s(90), { value: 4 }), ev('temperature', 't', s(50), { value: 2 }), ev('temperature', 't', s(10), { value: 9 })])

  it('reads the live range from the ring buffer, with its min/max/avg', () => {
    const snap = windowSeries(live, undefined, 'temperature', s(0), s(300))
    expect(snap.values).toEqual([5, 7])
    expect(windowStats(snap, { record: live, key: 'temperature', from: s(0), to: s(300) })).toEqual({ min: 5, max: 7, avg: 6, count: 2, current: 7, currentTime: s(200) })
  })

  it('continues a history window with live points newer than the load', () => {
    const snap = windowSeries(live, history(past, s(0), s(95)), 'temperature', s(20), s(300))
    expect(snap.times).toEqual([s(50), s(90), s(100), s(200)])
    expect(windowStats(snap)).toEqual({ min: 2, max: 7, avg: 4.5, count: 4, current: 7, currentTime: s(200) })
    expect(windowStats(windowSeries(undefined, history(past, s(0), s(95)), 'relativeHumidity', s(0), s(300)))).toBeNull()
  })

  it('leads a timeline with the state in force at the window start and appends live changes', () => {
    const door = withEvents(fromDevice(device('d', 'contact')), [
      ev('contact', 'd', s(5), { state: 'OPEN' }),
      ev('contact', 'd', s(60), { state: 'CLOSED' }),
      ev('contact', 'd', s(200), { state: 'OPEN' }),
    ])
    const h = recordFromHistory('d', 'p1', [ev('contact', 'd', s(60), { state: 'CLOSED' })])
    expect(windowTimeline(door, history(h, s(0), s(100)), 'contact', s(30), s(300))).toEqual({ times: [s(30), s(60), s(200)], states: ['OPEN', 'CLOSED', 'OPEN'] })
  })

  it('converts to the display unit', () => {
    expect(toDisplay('temperature', 100, 'F')).toBe(212)
    expect(toDisplay('pressure', 101_325, 'C')).toBeCloseTo(1013.25)
    expect(displayUnit('humidityTemperature', 'F')).toBe('°F')
    expect(displayUnit('relativeHumidity', 'F')).toBe('%')
  })
})

describe('CSV export', () => {
  it('merges columns on time, leaves gaps empty, quotes headers and trims float noise', () => {
    const csv = seriesToCsv([
      { header: 'Temperature (°F)', times: [s(0), s(10)], values: [70.52000000000001, 71] },
      { header: 'Relative humidity, "RH" (%)', times: [s(10), s(20)], values: [40, 41.5] },
    ])
    expect(csv).toBe(
      'time,Temperature (°F),"Relative humidity, ""RH"" (%)"\r\n' +
        `${new Date(s(0)).toISOString()},70.52,\r\n` +
        `${new Date(s(10)).toISOString()},71,40\r\n` +
        `${new Date(s(20)).toISOString()},,41.5\r\n`,
    )
  })

  it('names the file after the device, the range and the time', () => {
    const name = csvFileName('Freezer 3 – top shelf', '24h', new Date(2025, 2, 11, 9, 5).getTime())
    expect(name).toBe('freezer-3-top-shelf_24h_2025-03-11_0905.csv')
    expect(csvFileName('∆∆', 'live', 0)).toMatch(/^device_live_/)
  })
})

describe('device facts', () => {
  const r = withEvents(fromDevice(device('t', 'temperature', { name: 'Fridge', zone: 'kitchen' })), [
    ev('temperature', 't', s(1), { value: 4.5 }),
    ev('batteryStatus', 't', s(2), { percentage: 90 }),
    ev('networkStatus', 't', s(3), { cloudConnectors: [{ id: 'c1', signalStrength: 80, rssi: -60 }] }),
    ev('networkStatus', 't', s(4), { cloudConnectors: [{ id: 'c2', signalStrength: 40, rssi: -90 }] }),
  ])

  it('lists every event type with its latest value and time', () => {
    expect(latestRows(r, 'F')).toEqual([
      { type: 'temperature', value: '40.1 °F', time: s(1) },
      { type: 'batteryStatus', value: 'battery 90 %', time: s(2) },
      { type: 'networkStatus', value: '2 connectors, -60 dBm', time: s(4) },
    ])
  })

  it('lists signal per cloud connector, strongest first, with names from the device list', () => {
    expect(connectorRows(r, (id) => (id === 'c1' ? 'CCON Kitchen' : undefined)).map((c) => [c.name, c.signalStrength, c.strongest])).toEqual([
      ['CCON Kitchen', 80, true],
      ['c2', 40, false],
    ])
  })

  it('picks the device’s newest log entries', () => {
    const log = [1, 2, 3, 4].map((i) => ({ eventId: `e${i}`, deviceId: i % 2 ? 'a' : 'b', time: i }) as never)
    expect(recentEntries(log, 'a', 5).map((e) => e.eventId)).toEqual(['e3', 'e1'])
  })

  it('draws the thresholds of rules watching the device, in the display unit', () => {
    const rule = { id: 'r1', kind: 'threshold', name: 'Warm', metric: 'temperature', comparator: 'above', threshold: 8, scope: { kind: 'label', key: 'zone' }, delayS: 0, hysteresis: 0, enabled: true } as const
    const other = { ...rule, id: 'r2', scope: { kind: 'device', deviceId: 'x' } } as const
    const lines = thresholdLines([rule, other], r, { 'r1|t': { phase: 'firing' } as never }, ['temperature'], 'F')
    expect(lines).toEqual([{ ruleId: 'r1', seriesKey: 'temperature', value: 46.4, label: 'Warm: above 46.4 °F', firing: true }])
  })
})
