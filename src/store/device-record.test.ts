import { describe, expect, it } from 'vitest'
import { applyEvent, emptyRecord, fromDevice, mergeDevice, withLimits, type DeviceRecordView } from './device-record'
import { DEFAULT_RECORD_LIMITS } from './record-draft'
import { device, ev, fixtureDevice, fixtureDevicesPage, labelsEv, unknownEv } from './test-events'

const T = Date.parse('2025-03-11T09:00:00Z')
const snap = (r: DeviceRecordView, key: keyof DeviceRecordView['series']) => r.series[key]?.snapshot()
const apply = (r: DeviceRecordView, ...events: Parameters<typeof applyEvent>[1][]) => events.reduce((acc, e) => applyEvent(acc, e), r)

describe('fromDevice', () => {
  it('seeds identity, labels, latest values, the temperature series, battery and signal from the fixture device', () => {
    const r = fromDevice(fixtureDevice())
    expect(r).toMatchObject({
      id: 'ccsorle7qg13o0bq0000',
      projectId: 'ccgo1vd3u6e1mbia3s1g',
      listed: true,
      type: 'temperature',
      productNumber: '102058',
      name: 'Freezer 3 - top shelf',
      description: 'Walk-in freezer, upper rack',
      labels: { zone: 'cold-room-2' },
      battery: 95,
      connection: null,
    })
    expect(r.latest.temperature?.data.value).toBe(4.35)
    expect(r.latest.temperature?.data).not.toHaveProperty('samples')
    expect(r.latest.touch?.time).toBe(Date.parse('2025-03-10T15:02:11.004Z'))
    // Samples come newest first; the series holds them oldest first.
    expect(snap(r, 'temperature')).toEqual({
      times: ['09:05:47.902', '09:10:47.902', '09:15:47.902'].map((t) => Date.parse(`2025-03-11T${t}Z`)),
      values: [4.6, 4.4, 4.35],
    })
    expect(r.signal).toMatchObject({ signalStrength: 63, rssi: -79, strongestConnectorId: 'cckpisiu1cji4400l4e0' })
    expect(r.signal?.connectors.map((c) => c.id)).toEqual(['cckpisiu1cji4400l4e0', 'cf35cpqu1cji4401uerg'])
    expect(r.latest.networkStatus?.data.cloudConnectors).toHaveLength(2)
    expect([...r.eventTypes].sort()).toEqual(['batteryStatus', 'networkStatus', 'temperature', 'touch'])
    expect(r.lastSeen).toBe(Date.parse('2025-03-11T09:15:47.908Z'))
    expect(Object.keys(r.series)).toEqual(['temperature'])
    expect(r.timelines).toEqual({})
  })

  it('seeds the fixture page: humidity series, ccon status, a proximity timeline; null entries ignored', () => {
    const [humidity, ccon, proximity] = fixtureDevicesPage().map((d) => fromDevice(d))
    expect(humidity?.name).toBe('Meeting room 4.12')
    expect(humidity?.eventTypes).not.toContain('touch')
    expect(humidity && snap(humidity, 'relativeHumidity')?.values).toEqual([38.9, 38.5])
    expect(humidity && snap(humidity, 'humidityTemperature')?.values).toEqual([21.8, 21.85])
    expect(ccon).toMatchObject({ type: 'ccon', connection: 'ETHERNET', battery: null, signal: null })
    expect(ccon?.latest.ethernetStatus?.data.ipAddress).toBe('192.168.10.37')
    expect(ccon?.latest.cellularStatus?.data.signalStrength).toBe(72)
    expect(ccon?.series).toEqual({})
    expect(proximity?.battery).toBeNull()
    expect(proximity?.eventTypes).not.toContain('batteryStatus')
    expect(proximity?.timelines.objectPresent?.snapshot().states).toEqual(['PRESENT'])
    expect(proximity?.labels).toEqual({ name: 'Test door (emulated)', 'virtual-sensor': '' })
  })

  it('names a device by its id when it has no name label', () => {
    expect(fromDevice(device('abc', 'touch')).name).toBe('abc')
  })
})

describe('applyEvent', () => {
  const base = fromDevice(device('d1', 'temperature'))

  it('pushes every temperature sample (newest first on the wire) in time order', () => {
    const r = applyEvent(
      base,
      ev('temperature', 'd1', T + 60_000, {
        value: 3,
        samples: [
          { value: 3, sampleTime: new Date(T + 60_000).toISOString() },
          { value: 2, sampleTime: new Date(T + 30_000).toISOString() },
          { value: 1, sampleTime: new Date(T).toISOString() },
        ],
      }),
    )
    expect(snap(r, 'temperature')).toEqual({ times: [T, T + 30_000, T + 60_000], values: [1, 2, 3] })
    expect(r.latest.temperature).toMatchObject({ time: T + 60_000, data: { value: 3 } })
    expect(r.seriesVersion).toBe(base.seriesVersion + 1)
  })

  it('pushes the value at its time when a temperature event has no samples', () => {
    expect(snap(applyEvent(base, ev('temperature', 'd1', T, { value: 7 })), 'temperature')).toEqual({ times: [T], values: [7] })
  })

  it('fills humidity, CO2, pressure and counter series', () => {
    const r = apply(
      base,
      ev('humidity', 'd1', T + 10, { temperature: 20, relativeHumidity: 40, samples: [
        { temperature: 20, relativeHumidity: 40, sampleTime: new Date(T + 10).toISOString() },
        { temperature: 19, relativeHumidity: 41, sampleTime: new Date(T).toISOString() },
      ] }),
      ev('humidity', 'd1', T + 20, { temperature: 21, relativeHumidity: 39 }),
      ev('co2', 'd1', T, { ppm: 612 }),
      ev('pressure', 'd1', T, { pascal: 101200 }),
      ev('touchCount', 'd1', T, { total: 5 }),
      ev('objectPresentCount', 'd1', T, { total: 9 }),
    )
    expect(snap(r, 'humidityTemperature')?.values).toEqual([19, 20, 21])
    expect(snap(r, 'relativeHumidity')?.values).toEqual([41, 40, 39])
    expect(snap(r, 'co2')?.values).toEqual([612])
    expect(snap(r, 'pressure')?.values).toEqual([101200])
    expect(snap(r, 'touchCount')?.values).toEqual([5])
    expect(snap(r, 'objectPresentCount')?.values).toEqual([9])
  })

  it('keeps a state timeline for each binary type', () => {
    const r = apply(
      base,
      ev('objectPresent', 'd1', T, { state: 'PRESENT' }),
      ev('contact', 'd1', T, { state: 'OPEN' }),
      ev('contact', 'd1', T + 1, { state: 'CLOSED' }),
      ev('motion', 'd1', T, { state: 'MOTION_DETECTED' }),
      ev('waterPresent', 'd1', T, { state: 'NOT_PRESENT' }),
      ev('deskOccupancy', 'd1', T, { state: 'OCCUPIED' }),
    )
    expect(Object.keys(r.timelines).sort()).toEqual(['contact', 'deskOccupancy', 'motion', 'objectPresent', 'waterPresent'])
    expect(r.timelines.contact?.snapshot()).toEqual({ times: [T, T + 1], states: ['OPEN', 'CLOSED'] })
    expect(r.latest.contact?.data.state).toBe('CLOSED')
  })

  it('puts a late event into the series in order without replacing the latest value or lastSeen', () => {
    const r1 = applyEvent(base, ev('temperature', 'd1', T + 100, { value: 10 }))
    const r2 = applyEvent(r1, ev('temperature', 'd1', T + 50, { value: 5, isBackfilled: true }))
    expect(r2.latest.temperature?.data.value).toBe(10)
    expect(r2.lastSeen).toBe(T + 100)
    expect(snap(r2, 'temperature')).toEqual({ times: [T + 50, T + 100], values: [5, 10] })
    const r3 = applyEvent(r2, ev('contact', 'd1', T + 100, { state: 'OPEN' }))
    const r4 = applyEvent(r3, ev('contact', 'd1', T + 50, { state: 'CLOSED' }))
    expect(r4.latest.contact?.data.state).toBe('OPEN')
    expect(r4.timelines.contact?.snapshot().states).toEqual(['CLOSED', 'OPEN'])
  })

  it('merges networkStatus per cloud connector and shows the strongest', () => {
    const net = (time: number, id: string, signalStrength: number, rssi: number) =>
      ev('networkStatus', 'd1', time, { signalStrength, rssi, cloudConnectors: [{ id, signalStrength, rssi }], transmissionMode: 'LOW_POWER_STANDARD_MODE' })
    const r = apply(base, net(T, 'strong', 80, -60), net(T + 100, 'weak', 20, -100))
    expect(r.signal).toMatchObject({ signalStrength: 80, rssi: -60, strongestConnectorId: 'strong' })
    expect(r.signal?.connectors.map((c) => c.id)).toEqual(['strong', 'weak'])
    expect(r.latest.networkStatus?.data).toMatchObject({ signalStrength: 80, rssi: -60 })
    expect(r.latest.networkStatus?.data.cloudConnectors).toHaveLength(2)
    // An older report from a connector never replaces its newer one.
    const late = applyEvent(r, net(T - 10, 'strong', 10, -110))
    expect(late.signal?.signalStrength).toBe(80)
    // A connector silent for a whole round is out of range.
    const later = applyEvent(r, net(T + 5 * 60_000, 'weak', 25, -98))
    expect(later.signal?.connectors.map((c) => c.id)).toEqual(['weak'])
    expect(later.signal?.signalStrength).toBe(25)
  })

  it('tracks battery and cloud connector status, and keeps other types as latest only', () => {
    const r = apply(
      base,
      ev('batteryStatus', 'd1', T, { percentage: 90 }),
      ev('connectionStatus', 'd1', T, { connection: 'CELLULAR', available: ['CELLULAR'] }),
      ev('ethernetStatus', 'd1', T, { macAddress: 'm', ipAddress: '', errors: [] }),
      ev('cellularStatus', 'd1', T, { signalStrength: 50, errors: [] }),
      ev('probeWireStatus', 'd1', T, { state: 'TWO_WIRE' }),
      ev('touch', 'd1', T + 5, {}),
    )
    expect(r).toMatchObject({ battery: 90, connection: 'CELLULAR', lastSeen: T + 5 })
    expect(r.latest.probeWireStatus?.data.state).toBe('TWO_WIRE')
    expect(r.latest.cellularStatus?.data.signalStrength).toBe(50)
    expect(r.series).toEqual({})
    expect(r.seriesVersion).toBe(base.seriesVersion)
  })

  it('renames and relabels on labelsChanged', () => {
    const r0 = fromDevice(device('d2', 'contact', { name: 'Door', description: 'Back door', asset: 'A1' }))
    const r1 = applyEvent(r0, labelsEv('d2', T, { modified: { name: 'Freezer 3' }, added: { zone: 'cold' }, removed: ['asset'] }))
    expect(r1).toMatchObject({ name: 'Freezer 3', description: 'Back door', labels: { name: 'Freezer 3', description: 'Back door', zone: 'cold' } })
    expect(r1.labels).not.toHaveProperty('asset')
    expect(r0.labels).toHaveProperty('asset')
    expect(r1.lastSeen).toBe(r0.lastSeen)
    const r2 = applyEvent(r1, labelsEv('d2', T + 1, { removed: ['name', 'description'] }))
    expect(r2).toMatchObject({ name: 'd2', description: '' })
  })

  it('keeps unknown event types under their raw name', () => {
    const r = applyEvent(base, unknownEv('lightLevel', 'd1', T, { lux: 300 }))
    expect(r.latestUnknown.lightLevel).toEqual({ time: T, data: { lux: 300 } })
    expect(r.eventTypes).toContain('lightLevel')
    expect(r.lastSeen).toBe(T)
  })

  it('returns the same record when an event changes nothing', () => {
    const r1 = applyEvent(base, ev('temperature', 'd1', T, { value: 1 }))
    expect(applyEvent(r1, ev('temperature', 'd1', T, { value: 1 }))).toBe(r1)
    expect(applyEvent(r1, ev('temperature', 'd1', T - 1 - DEFAULT_RECORD_LIMITS.series.maxAgeMs, { value: 1 }))).toBe(r1)
    expect(applyEvent(r1, ev('temperature', 'd1', T - 5, { value: 1, isBackfilled: true }))).not.toBe(r1)
  })
})

describe('mergeDevice and limits', () => {
  it('fills the identity of a device first seen in events and keeps its series', () => {
    const unknown = applyEvent(emptyRecord('d9', 'p1'), ev('temperature', 'd9', T, { value: 1 }))
    expect(unknown).toMatchObject({ listed: false, type: 'unknown', name: 'd9' })
    const merged = mergeDevice(unknown, device('d9', 'temperature', { name: 'Fridge' }))
    expect(merged).toMatchObject({ listed: true, type: 'temperature', name: 'Fridge' })
    expect(merged.series.temperature).toBe(unknown.series.temperature)
    expect(snap(merged, 'temperature')?.values).toEqual([1])
  })

  it('returns the same record when the device list brings nothing new', () => {
    const d = fixtureDevice()
    const r = fromDevice(d)
    expect(mergeDevice(r, d)).toBe(r)
    expect(snap(r, 'temperature')?.values).toEqual([4.6, 4.4, 4.35])
  })

  it('shrinks buffers to new limits and bumps seriesVersion only when points went', () => {
    let r = fromDevice(device('d1', 'temperature'))
    for (let i = 0; i < 20; i++) r = applyEvent(r, ev('temperature', 'd1', T + i, { value: i }))
    const same = withLimits(r, DEFAULT_RECORD_LIMITS)
    expect(same).toBe(r)
    const small = withLimits(r, { ...DEFAULT_RECORD_LIMITS, series: { capacity: 5, maxAgeMs: DEFAULT_RECORD_LIMITS.series.maxAgeMs } })
    expect(small.seriesVersion).toBe(r.seriesVersion + 1)
    expect(snap(small, 'temperature')?.values).toEqual([15, 16, 17, 18, 19])
  })
})
