import { describe, expect, it } from 'vitest'
import { applyEvent, fromDevice, type DeviceRecordView } from '../../store'
import type { AlarmRule } from '../../store/alarms'
import { device, ev } from '../../store/test-events'
import { detailCsv } from './detail-csv'
import { buildPanels, type ComparedLine, type PanelInputs } from './detail-panels'
import { recordFromHistory } from './history-record'

const T = 1_700_000_000_000
const s = (n: number) => T + n * 1000

function withEvents(record: DeviceRecordView, events: Parameters<typeof applyEvent>[1][]): DeviceRecordView {
  return events.reduce((r, e) => applyEvent(r, e), record)
}

const room = withEvents(fromDevice(device('h', 'humidity', { name: 'Meeting room' })), [
  ev('humidity', 'h', s(10), { temperature: 21, relativeHumidity: 40 }),
  ev('humidity', 'h', s(20), { temperature: 22, relativeHumidity: 42 }),
])
const freezer = withEvents(fromDevice(device('f', 'temperature', { name: 'Freezer' })), [ev('temperature', 'f', s(15), { value: -18 }), ev('temperature', 'f', s(25), { value: -19 })])

const inputs = (over: Partial<PanelInputs> = {}): PanelInputs => ({
  record: room,
  history: undefined,
  win: { from: s(0), to: s(60), frozen: false },
  range: 'live',
  unit: 'C',
  rules: [],
  alarms: {},
  compared: [],
  ...over,
})

const compareFreezer: ComparedLine = { id: 'f', name: 'Freezer', color: 'blue', record: freezer, history: undefined, key: 'temperature' }

describe('detail panels', () => {
  it('draws a humidity sensor as one chart, temperature left and humidity right, each with stats', () => {
    const [panel, ...rest] = buildPanels(inputs())
    expect(rest).toEqual([])
    expect(panel?.title).toBe('Temperature and humidity')
    expect(panel?.comparable).toBe(true)
    expect(panel?.series.map((x) => [x.id, x.label, x.axis])).toEqual([
      ['humidityTemperature', 'Temperature', 'left'],
      ['relativeHumidity', 'Relative humidity', 'right'],
    ])
    expect(panel?.stats.map((x) => [x.label, x.current])).toEqual([
      ['Temperature', 22],
      ['Relative humidity', 42],
    ])
  })

  it('puts compared devices on the temperature axis, with one scale for all and the device named', () => {
    const [panel] = buildPanels(inputs({ compared: [compareFreezer], unit: 'F' }))
    const left = panel?.series.filter((x) => x.axis === 'left') ?? []
    expect(left.map((x) => [x.id, x.label, x.color])).toEqual([
      ['humidityTemperature', 'Meeting room', 'var(--c-temperature)'],
      ['compare:f', 'Freezer', 'blue'],
    ])
    expect(left[1]?.values).toEqual([-0.4, -2.2].map((v) => expect.closeTo(v, 5)))
    // The axis domain is on the device's own left series and spans the freezer too.
    const [lo, hi] = left[0]?.domain ?? [0, 0]
    expect(lo).toBeLessThanOrEqual(-2.2)
    expect(hi).toBeGreaterThanOrEqual(71.6)
    expect(panel?.stats.map((x) => x.label)).toEqual(['Meeting room', 'Relative humidity', 'Freezer'])
    expect(panel?.stats[2]).toMatchObject({ min: expect.closeTo(-2.2, 5), max: expect.closeTo(-0.4, 5), count: 2 })
  })

  it('draws a compared device from its history on history ranges, and keeps it off the CO₂ and pressure charts', () => {
    const co2 = fromDevice(device('c', 'co2', { name: 'Office' }))
    const past = recordFromHistory('f', 'p1', [ev('temperature', 'f', s(-3000), { value: -20 })])
    const panels = buildPanels(
      inputs({ record: co2, range: '1h', win: { from: s(-3600), to: s(60), frozen: false }, compared: [{ ...compareFreezer, history: { deviceId: 'f', from: s(-3600), to: s(0), record: past, events: 1, pages: 1, truncated: false } }] }),
    )
    expect(panels.map((p) => [p.title, p.comparable, p.series.some((x) => x.id === 'compare:f')])).toEqual([
      ['CO₂', false, false],
      ['Temperature and humidity', true, true],
      ['Pressure', false, false],
    ])
    // History up to its end, then what the store received live since.
    expect(panels[1]?.series.find((x) => x.id === 'compare:f')?.values).toEqual([-20, -18, -19])
  })

  it('scales the temperature axis to hold a threshold line', () => {
    const rule: AlarmRule = { id: 'r', kind: 'threshold', name: 'Warm', metric: 'temperature', comparator: 'above', threshold: 30, scope: { kind: 'all' }, delayS: 0, hysteresis: 0, enabled: true }
    const [panel] = buildPanels(inputs({ rules: [rule] }))
    expect(panel?.lines.map((l) => l.value)).toEqual([30])
    expect(panel?.series[0]?.domain?.[1]).toBeGreaterThanOrEqual(30)
  })

  it('exports compared devices as columns of their own', () => {
    const { text } = detailCsv(room, undefined, 'live', { from: s(0), to: s(60), frozen: false }, 'C', [compareFreezer])
    const [header, ...rows] = text.trim().split(/\r?\n/)
    expect(header).toBe('time,Temperature (°C),Relative humidity (%),Temperature – Freezer (°C)')
    expect(rows).toHaveLength(4)
    expect(rows[1]).toBe(`${new Date(s(15)).toISOString()},,,-18`)
  })
})
