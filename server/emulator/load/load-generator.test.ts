import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createEmulator } from '../index'
import { getJson, isEvent, openStream, postJson, start, type Running } from '../test-support'

describe('load mode', () => {
  let r: Running
  beforeAll(async () => {
    r = await start({ load: { devices: 20_000, rate: 3000 } })
  })
  afterAll(() => r.close())

  it('holds the devices, mostly temperature sensors', async () => {
    const devices = r.emu.devices()
    expect(devices).toHaveLength(20_000)
    expect(devices.filter((d) => d.type === 'temperature').length / devices.length).toBeGreaterThanOrEqual(0.75)
    const page = await getJson(`${r.base}/projects/${r.project}/devices?page_size=1000&device_types=contact`, r.basic)
    expect(page.body.devices).toHaveLength(1000)
  })

  it('streams about the configured rate to every stream', async () => {
    const a = await openStream(`${r.base}/projects/${r.project}/devices:stream`, { Authorization: r.basic })
    const b = await openStream(`${r.base}/projects/${r.project}/devices:stream`, { Authorization: r.basic, Accept: 'text/event-stream' })
    // The window opens a little after the first event, past any catch-up burst at the start.
    const from = (await a.next(isEvent())).at + 200
    const windowMs = 1500
    await a.next((m) => m.at > from + windowMs, 10_000)
    const inWindow = a.messages.filter((m) => m.at >= from && m.at <= from + windowMs).length
    expect(inWindow).toBeGreaterThanOrEqual(0.8 * 3000 * (windowMs / 1000))
    expect(inWindow).toBeLessThanOrEqual(1.5 * 3000 * (windowMs / 1000))
    await b.next(isEvent('temperature'))
    const stats = r.emu.stats()
    expect(stats.eventsSent).toBeGreaterThan(inWindow)
    const streams = r.emu.context.hub.connections().map((c) => c.eventsSent)
    expect(streams).toHaveLength(2)
    for (const n of streams) expect(n).toBeGreaterThan(0)
    a.close()
    b.close()
  })

  it('keeps history tiny per device', () => {
    for (const d of r.emu.context.world.projects.get(r.project)?.devices.values() ?? []) {
      expect(d.history?.size ?? 0).toBeLessThanOrEqual(5)
    }
  })
})

describe('load mode determinism', () => {
  it('gives the same device ids and first values under the same seed', async () => {
    const snapshot = async (seed: number) => {
      const e = createEmulator({ seed, load: { devices: 50, rate: 1 }, now: () => 0 })
      const out = e.devices().map((d) => [d.id, d.type, d.reported.temperature?.value])
      await e.close()
      return out
    }
    const a = await snapshot(42)
    expect(a).toEqual(await snapshot(42))
    expect(a).not.toEqual(await snapshot(43))
    expect(a.filter(([, type]) => type === 'temperature').every(([, , v]) => typeof v === 'number')).toBe(true)
  })
})

describe('load rate control', () => {
  let r: Running
  beforeAll(async () => {
    r = await start({ faults: true, load: { devices: 100, rate: 2000 } })
  })
  afterAll(() => r.close())
  const control = (body: unknown) => postJson(`${r.origin}/control/load`, undefined, body)

  it('reads the rate, pauses at 0 and resumes at a new rate without a catch-up burst', async () => {
    expect((await control({})).body).toMatchObject({ ok: true, rate: 2000, devices: 100 })
    expect((await control({ rate: 0 })).body).toMatchObject({ ok: true, rate: 0 })
    await new Promise((resolve) => setTimeout(resolve, 50))
    const paused = r.emu.context.load?.emitted ?? -1
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(r.emu.context.load?.emitted).toBe(paused)
    // 300 ms at 2,000/s would owe 600 events; a new rate starts from now instead.
    await control({ rate: 100 })
    await new Promise((resolve) => setTimeout(resolve, 200))
    const resumed = (r.emu.context.load?.emitted ?? 0) - paused
    expect(resumed).toBeGreaterThan(0)
    expect(resumed).toBeLessThanOrEqual(40)
    const stats = (await getJson(`${r.origin}/control/stats`, undefined)).body
    expect(stats.load).toMatchObject({ rate: 100, devices: 100 })
  })

  it('rejects a bad rate with 400', async () => {
    expect((await control({ rate: -1 })).status).toBe(400)
    expect((await control({ rate: 'fast' })).status).toBe(400)
  })
})

describe('load control outside load mode', () => {
  it('answers 409', async () => {
    const plain = await start({ faults: true })
    try {
      const res = await postJson(`${plain.origin}/control/load`, undefined, { rate: 10 })
      expect(res.status).toBe(409)
    } finally {
      await plain.close()
    }
  })
})
