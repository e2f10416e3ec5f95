import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEVICE_TYPES, type Device } from '../../../src/dt'
import { createEmulator } from '../index'
import { getJson, isEvent, openStream, start, type Json, type Running } from '../test-support'

const NOW = Date.parse('2025-03-11T12:00:00Z')
let r: Running
let devices: Device[]
const byName = (name: string) => {
  const d = devices.find((x) => x.labels.name === name)
  if (!d) throw new Error(`no device ${name}`)
  return d
}

beforeAll(async () => {
  r = await start({ simulate: true, now: () => NOW })
  devices = r.emu.devices()
})
afterAll(() => r.close())

describe('the demo facility', () => {
  it('has at least 25 named devices of every type, with two or more cloud connectors', async () => {
    expect(devices.length).toBeGreaterThanOrEqual(25)
    expect(new Set(devices.map((d) => d.type))).toEqual(new Set(DEVICE_TYPES))
    expect(devices.filter((d) => d.type === 'ccon').length).toBeGreaterThanOrEqual(2)
    for (const d of devices) {
      expect(d.labels.name, d.id).toBeTruthy()
      expect(d.labels.description, d.id).toBeTruthy()
      expect(d.labels.zone, d.id).toBeTruthy()
      expect(d.id).toMatch(/^[0-9a-v]{20}$/)
    }
    const project = await getJson(`${r.base}/projects/${r.project}`, r.basic)
    expect(project.body).toMatchObject({ displayName: 'Demo facility · Oslo', organizationDisplayName: expect.any(String), sensorCount: devices.length - 3 })
  })

  it('reports plausible latest values', () => {
    const freezer = byName('Freezer 3 – top shelf').reported.temperature
    expect(freezer?.value).toBeLessThan(-10)
    expect(freezer?.samples?.[0]?.value).toBe(freezer?.value)
    const fridge = byName('Fridge 2 – dairy').reported.temperature?.value ?? NaN
    expect(fridge).toBeGreaterThan(-3)
    expect(fridge).toBeLessThan(12)
    const room = byName('Meeting room 4.12').reported.humidity
    expect(room?.relativeHumidity).toBeGreaterThan(20)
    expect(room?.relativeHumidity).toBeLessThan(70)
    const air = byName('Meeting room 4.14 – air').reported
    expect(Number.isInteger(air.co2?.ppm)).toBe(true)
    expect(air.co2?.ppm).toBeGreaterThanOrEqual(400)
    expect(air.pressure?.pascal).toBeGreaterThan(87_000)
    expect(air.humidity).toBeTruthy()
    expect(byName('Hot-holding cabinet – probe').reported.probeWireStatus?.state).toBeDefined()
    for (const d of devices.filter((x) => x.type === 'ccon')) {
      expect(d.reported.connectionStatus?.connection).toMatch(/ETHERNET|CELLULAR/)
      expect(d.reported.ethernetStatus?.macAddress).toMatch(/^([0-9a-f]{2}:){5}[0-9a-f]{2}$/)
      expect(d.reported.cellularStatus?.signalStrength).toBeGreaterThan(0)
    }
  })

  it('merges one networkStatus per connector in range into reported', () => {
    const ccons = new Set(devices.filter((d) => d.type === 'ccon').map((d) => d.id))
    const net = byName('Freezer 1 – bottom drawer').reported.networkStatus
    expect(net?.cloudConnectors?.length).toBe(2)
    for (const c of net?.cloudConnectors ?? []) expect(ccons.has(c.id)).toBe(true)
    expect(net?.signalStrength).toBe(Math.max(...(net?.cloudConnectors ?? []).map((c) => c.signalStrength ?? 0)))
  })

  it('prefills a day of history with samples, one connector per networkStatus', async () => {
    const freezer = byName('Freezer 3 – top shelf')
    const res = await getJson(`${r.base}/projects/${r.project}/devices/${freezer.id}/events?event_types=temperature&page_size=1000`, r.basic)
    const events = res.body.events as Json[]
    expect(events.length).toBe(1000)
    expect(res.body.nextPageToken).not.toBe('')
    expect(events[0].data.temperature.samples).toHaveLength(2)
    const times = events.map((e) => Date.parse(e.timestamp))
    expect(times[0]).toBeLessThanOrEqual(NOW)
    expect((times[0] ?? 0) - (times.at(-1) ?? 0)).toBeGreaterThan(16 * 3_600_000)
    const net = await getJson(`${r.base}/projects/${r.project}/devices/${freezer.id}/events?eventTypes=networkStatus&pageSize=1000`, r.basic)
    expect(net.body.events.length).toBeGreaterThan(100)
    for (const e of net.body.events) expect(e.data.networkStatus.cloudConnectors).toHaveLength(1)
    const door = byName('Loading dock door')
    const doorEvents = await getJson(`${r.base}/projects/${r.project}/devices/${door.id}/events?event_types=contact`, r.basic)
    expect(doorEvents.body.events.length).toBeGreaterThan(10)
  })

  it('is the same under the same seed and different under another', () => {
    const snapshot = (seed: number) => {
      const e = createEmulator({ seed, now: () => NOW })
      const out = JSON.stringify(e.devices())
      void e.close()
      return out
    }
    expect(snapshot(7)).toBe(snapshot(7))
    expect(snapshot(7)).not.toBe(snapshot(8))
    expect(JSON.stringify(devices)).toBe(snapshot(20250311))
  })
})

describe('live simulation', () => {
  it('streams heartbeats with samples, networkStatus and increasing counters on its cadence', async () => {
    const live = await start({ simulate: true, cadence: { tickMs: 10, temperatureMs: 150, statusMs: 100, climateMs: 150, stateChangeMs: 200 } })
    try {
      const s = await openStream(`${live.base}/projects/${live.project}/devices:stream`, { Authorization: live.basic })
      const temps = new Set<string>()
      while (temps.size < 5) temps.add((await s.next(isEvent('temperature'))).json.result.event.targetName)
      const sample = (await s.next(isEvent('temperature'))).json.result.event.data.temperature
      expect(sample.samples).toHaveLength(3)
      expect(sample.samples[0].value).toBe(sample.value)
      await s.next(isEvent('networkStatus'))
      const counts: number[] = []
      const counter = live.emu.devices().find((d) => d.type === 'proximityCounter')?.name
      while (counts.length < 4) counts.push((await s.next((m) => isEvent('objectPresentCount')(m) && m.json.result.event.targetName === counter)).json.result.event.data.objectPresentCount.total)
      expect([...counts].sort((a, b) => a - b)).toEqual(counts)
      await s.next((m) => isEvent('contact')(m) || isEvent('motion')(m))
      s.close()
    } finally {
      await live.close()
    }
  })
})
