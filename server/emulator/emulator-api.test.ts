import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { getJson, isEvent, openStream, postJson, start, type Running } from './test-support'

let r: Running
beforeAll(async () => {
  r = await start()
})
afterAll(() => r.close())

const devices = () => `${r.base}/projects/${r.project}/devices`

async function create(type: string, labels: Record<string, string> = {}) {
  const res = await postJson(devices(), r.basic, { type, labels })
  expect(res.status).toBe(200)
  return res.body as { name: string; type: string; productNumber: string; labels: Record<string, string>; reported: Record<string, unknown> }
}

const idOf = (name: string) => name.split('/').pop() ?? ''

describe('create and delete emulated devices', () => {
  it('creates a device with an emu id, the virtual-sensor label and a product number', async () => {
    const d = await create('temperature', { name: 'Test fridge' })
    expect(idOf(d.name)).toMatch(/^emu[0-9a-v]{20}$/)
    expect(d).toMatchObject({ type: 'temperature', productNumber: '102058', labels: { name: 'Test fridge', 'virtual-sensor': '' } })
    expect(d.reported).toEqual({ temperature: null, touch: null, networkStatus: null, batteryStatus: null })
    expect((await getJson(`${devices()}/${idOf(d.name)}`, r.basic)).body.name).toBe(d.name)
  })

  it('rejects an unknown type and non-string labels', async () => {
    expect((await postJson(devices(), r.basic, { type: 'thermometer' })).status).toBe(400)
    expect((await postJson(devices(), r.basic, { type: 'touch', labels: { n: 1 } })).status).toBe(400)
    expect((await postJson(devices(), r.basic, '{"type":')).body).toMatchObject({ code: 400, error: 'request body is not valid JSON' })
  })

  it('deletes with 200 {} and then 404s', async () => {
    const id = idOf((await create('touch')).name)
    const del = await getJson(`${devices()}/${id}`, r.basic, { method: 'DELETE' })
    expect(del.status).toBe(200)
    expect(del.body).toEqual({})
    expect((await getJson(`${devices()}/${id}`, r.basic)).status).toBe(404)
  })
})

describe('publish', () => {
  it('reaches an open stream at once, the history and reported', async () => {
    const id = idOf((await create('temperature', { name: 'Published' })).name)
    const s = await openStream(`${devices()}:stream`, { Authorization: r.basic })
    const res = await postJson(`${devices()}/${id}:publish`, r.basic, { temperature: { value: 21.5 } })
    expect(res.status).toBe(200)
    expect(res.body).toEqual({})
    const m = await s.next(isEvent('temperature'))
    s.close()
    const event = m.json.result.event
    const payload = event.data.temperature
    expect(payload.value).toBe(21.5)
    expect(payload.isBackfilled).toBe(false)
    expect(payload.updateTime).toBe(event.timestamp)
    expect(payload.samples).toEqual([{ value: 21.5, sampleTime: event.timestamp }])

    const history = await getJson(`${devices()}/${id}/events`, r.basic)
    expect(history.body.events[0]).toEqual(event)
    const device = await getJson(`${devices()}/${id}`, r.basic)
    expect(device.body.reported.temperature).toEqual(payload)
  })

  it('keeps given updateTime, samples and isBackfilled', async () => {
    const id = idOf((await create('humidity')).name)
    const samples = [{ temperature: 20, relativeHumidity: 40, sampleTime: '2025-03-11T09:00:00Z' }]
    await postJson(`${devices()}/${id}:publish`, r.basic, {
      humidity: { temperature: 20, relativeHumidity: 40, samples, isBackfilled: true, updateTime: '2025-03-11T09:00:00Z' },
    })
    const reported = (await getJson(`${devices()}/${id}`, r.basic)).body.reported.humidity
    expect(reported).toEqual({ temperature: 20, relativeHumidity: 40, samples, isBackfilled: true, updateTime: '2025-03-11T09:00:00Z' })
  })

  it('merges networkStatus per cloud connector in reported', async () => {
    const id = idOf((await create('contact')).name)
    const status = (cc: string, rssi: number, signalStrength: number) => ({ networkStatus: { rssi, signalStrength, cloudConnectors: [{ id: cc, rssi, signalStrength }], transmissionMode: 'LOW_POWER_STANDARD_MODE' } })
    await postJson(`${devices()}/${id}:publish`, r.basic, status('c0ccon0ne00000000000', -95, 31))
    await postJson(`${devices()}/${id}:publish`, r.basic, status('c0ccontw000000000000', -79, 63))
    const merged = (await getJson(`${devices()}/${id}`, r.basic)).body.reported.networkStatus
    expect(merged).toMatchObject({ signalStrength: 63, rssi: -79, transmissionMode: 'LOW_POWER_STANDARD_MODE' })
    expect(merged.cloudConnectors).toEqual([
      { id: 'c0ccontw000000000000', signalStrength: 63, rssi: -79 },
      { id: 'c0ccon0ne00000000000', signalStrength: 31, rssi: -95 },
    ])
    const history = await getJson(`${devices()}/${id}/events?event_types=networkStatus`, r.basic)
    expect(history.body.events.map((e: { data: { networkStatus: { cloudConnectors: unknown[] } } }) => e.data.networkStatus.cloudConnectors.length)).toEqual([1, 1])
  })

  it('fills the emulated connector when networkStatus omits it', async () => {
    const id = idOf((await create('touch')).name)
    await postJson(`${devices()}/${id}:publish`, r.basic, { networkStatus: {} })
    const merged = (await getJson(`${devices()}/${id}`, r.basic)).body.reported.networkStatus
    expect(merged).toMatchObject({ signalStrength: 99, rssi: 0, cloudConnectors: [{ id: 'emulated-ccon', signalStrength: 99, rssi: 0 }] })
  })

  it('rejects labelsChanged, types the device does not send, unknown types and bad payloads', async () => {
    const id = idOf((await create('temperature')).name)
    const cases: Array<[unknown, RegExp]> = [
      [{ labelsChanged: { added: {} } }, /labelsChanged cannot be published/],
      [{ motion: { state: 'MOTION_DETECTED' } }, /temperature device does not send motion/],
      [{ lightLevel: { lux: 3 } }, /unknown event type "lightLevel"/],
      [{ temperature: { value: 'warm' } }, /value: expected a number/],
      [{ temperature: 5 }, /must be a JSON object/],
      [{}, /exactly one event type/],
      [{ temperature: { value: 1 }, touch: {} }, /exactly one event type/],
    ]
    for (const [body, message] of cases) {
      const res = await postJson(`${devices()}/${id}:publish`, r.basic, body)
      expect(res.status, JSON.stringify(body)).toBe(400)
      expect(res.body.error).toMatch(message)
    }
  })

  it('404s publishing to an unknown device', async () => {
    expect((await postJson(`${devices()}/emu00000000000000000000:publish`, r.basic, { touch: {} })).status).toBe(404)
  })
})

describe('batchUpdate', () => {
  it('changes labels and sends labelsChanged to matching streams, not to history', async () => {
    const d = await create('temperature', { name: 'Freezer 3', 'old-asset-tag': 'A17', zone: 'cold-room-1' })
    const id = idOf(d.name)
    const byOldZone = await openStream(`${devices()}:stream?label_filters=zone%3Dcold-room-1`, { Authorization: r.basic })
    const byEventType = await openStream(`${devices()}:stream?event_types=labelsChanged`, { Authorization: r.basic })
    const res = await postJson(`${devices()}:batchUpdate`, r.basic, {
      devices: [d.name],
      addLabels: { zone: 'cold-room-2', name: 'Freezer 3 – top shelf', floor: '1' },
      removeLabels: ['old-asset-tag'],
    })
    expect(res.body).toEqual({ batchErrors: [] })
    for (const s of [byOldZone, byEventType]) {
      const event = (await s.next(isEvent('labelsChanged'))).json.result.event
      expect(event.targetName).toBe(d.name)
      expect(event.data).toEqual({ added: { floor: '1' }, modified: { zone: 'cold-room-2', name: 'Freezer 3 – top shelf' }, removed: ['old-asset-tag'] })
      s.close()
    }
    const after = await getJson(`${devices()}/${id}`, r.basic)
    expect(after.body.labels).toEqual({ name: 'Freezer 3 – top shelf', zone: 'cold-room-2', floor: '1', 'virtual-sensor': '' })
    const history = await getJson(`${devices()}/${id}/events`, r.basic)
    expect(history.body.events).toEqual([])
  })

  it('reports unknown and malformed devices in batchErrors', async () => {
    const res = await postJson(`${devices()}:batchUpdate`, r.basic, {
      devices: [`projects/${r.project}/devices/c0n0suchdev1ce000000`, 'not a name'],
      addLabels: { a: 'b' },
    })
    expect(res.status).toBe(200)
    expect(res.body.batchErrors.map((e: { status: { code: string } }) => e.status.code)).toEqual(['NOT_FOUND', 'INVALID_ARGUMENT'])
    expect((await postJson(`${devices()}:batchUpdate`, r.basic, { devices: 'x' })).status).toBe(400)
  })
})
