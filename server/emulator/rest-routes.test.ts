import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { OTHER_PROJECT_ID } from './demo-credentials'
import { getJson, start, type Json, type Running } from './test-support'

let r: Running
beforeAll(async () => {
  r = await start({ defaultPageSize: 3, maxPageSize: 6 })
  const e = r.emu
  e.createDevice('temperature', { name: 'Freezer 1', zone: 'kitchen', floor: '1' })
  e.createDevice('temperature', { name: 'Fridge 2', zone: 'kitchen' })
  e.createDevice('humidity', { name: 'Meeting room 4.12', zone: 'office', floor: '4' })
  e.createDevice('contact', { name: 'Loading dock door', zone: 'warehouse' })
  e.createDevice('co2', { name: 'Canteen air', zone: 'canteen', floor: '1' })
  e.createDevice('ccon', { name: 'CCON' })
  e.createDevice('touch', { name: 'Button', zone: 'office' })
})
afterAll(() => r.close())

const devicesUrl = (query = '') => `${r.base}/projects/${r.project}/devices${query}`
const names = (body: Json): string[] => body.devices.map((d: Json) => d.labels.name)

async function allPages(query: string): Promise<{ names: string[]; pages: number }> {
  const out: string[] = []
  let token = ''
  let pages = 0
  do {
    const res = await getJson(devicesUrl(`?${query}${token ? `&pageToken=${token}` : ''}`), r.basic)
    expect(res.status).toBe(200)
    expect(typeof res.body.nextPageToken).toBe('string')
    out.push(...names(res.body))
    token = res.body.nextPageToken
    pages++
  } while (token !== '')
  return { names: out, pages }
}

describe('projects', () => {
  it('lists visible projects with nextPageToken ""', async () => {
    const res = await getJson(`${r.base}/projects`, r.basic)
    expect(res.body.nextPageToken).toBe('')
    expect(res.body.projects).toHaveLength(1)
    expect(res.body.projects[0]).toMatchObject({ name: `projects/${r.project}`, displayName: 'Demo facility · Oslo', sensorCount: 6, cloudConnectorCount: 1 })
    expect(res.body.projects[0].organization).toMatch(/^organizations\//)
  })

  it('gets one project, 403 for a project it may not see, 404 for an unknown one', async () => {
    expect((await getJson(`${r.base}/projects/${r.project}`, r.basic)).body.name).toBe(`projects/${r.project}`)
    const forbidden = await getJson(`${r.base}/projects/${OTHER_PROJECT_ID}`, r.basic)
    expect(forbidden.status).toBe(403)
    expect(forbidden.body.code).toBe(403)
    const missing = await getJson(`${r.base}/projects/c0n0suchpr0ject00000/devices`, r.basic)
    expect(missing.status).toBe(404)
    expect(missing.body).toMatchObject({ code: 404, help: 'https://docs.d21s.com/error/#404' })
    expect((await getJson(`${r.base}/projects/${OTHER_PROJECT_ID}/devices`, r.basic)).status).toBe(403)
  })
})

describe('list devices', () => {
  it('pages with the default size and always sends nextPageToken', async () => {
    const first = await getJson(devicesUrl(), r.basic)
    expect(first.body.devices).toHaveLength(3)
    expect(first.body.nextPageToken).not.toBe('')
    const all = await allPages('')
    expect(all.pages).toBe(3)
    expect(all.names).toHaveLength(7)
    expect(new Set(all.names).size).toBe(7)
  })

  it('takes page_size in both spellings and clamps it to the maximum', async () => {
    expect((await getJson(devicesUrl('?page_size=2'), r.basic)).body.devices).toHaveLength(2)
    expect((await getJson(devicesUrl('?pageSize=4'), r.basic)).body.devices).toHaveLength(4)
    const clamped = await getJson(devicesUrl('?page_size=900'), r.basic)
    expect(clamped.body.devices).toHaveLength(6)
    expect(clamped.body.nextPageToken).not.toBe('')
    const last = await getJson(devicesUrl(`?page_size=6&page_token=${clamped.body.nextPageToken}`), r.basic)
    expect(last.body.devices).toHaveLength(1)
    expect(last.body.nextPageToken).toBe('')
  })

  it('mixes snake_case filters with a camelCase page token', async () => {
    const first = await getJson(devicesUrl('?device_types=temperature&device_types=humidity&page_size=2'), r.basic)
    const second = await getJson(devicesUrl(`?device_types=temperature&device_types=humidity&page_size=2&pageToken=${first.body.nextPageToken}`), r.basic)
    expect([...names(first.body), ...names(second.body)]).toEqual(['Freezer 1', 'Fridge 2', 'Meeting room 4.12'])
    expect(second.body.nextPageToken).toBe('')
  })

  it('rejects forged page tokens and bad sizes with 400', async () => {
    for (const q of ['?page_token=garbage', '?pageToken=ZXZlbnRzOjM', '?page_size=-1', '?page_size=ten']) {
      const res = await getJson(devicesUrl(q), r.basic)
      expect(res.status, q).toBe(400)
      expect(res.body.code).toBe(400)
    }
  })

  it('filters by device ids, types, product numbers, labels and free text', async () => {
    const ids = r.emu.devices().map((d) => d.id)
    const byId = await getJson(devicesUrl(`?device_ids=${ids[0]}&deviceIds=${ids[2]}`), r.basic)
    expect(names(byId.body)).toEqual(['Freezer 1', 'Meeting room 4.12'])
    expect(names((await getJson(devicesUrl('?deviceTypes=contact'), r.basic)).body)).toEqual(['Loading dock door'])
    expect(names((await getJson(devicesUrl('?product_numbers=101895'), r.basic)).body)).toEqual(['Meeting room 4.12'])
    expect(names((await getJson(devicesUrl('?label_filters=zone%3Dkitchen&page_size=6'), r.basic)).body)).toEqual(['Freezer 1', 'Fridge 2'])
    expect(names((await getJson(devicesUrl('?labelFilters=floor&page_size=6'), r.basic)).body)).toEqual(['Freezer 1', 'Meeting room 4.12', 'Canteen air'])
    expect(names((await getJson(devicesUrl('?label_filters=floor%3D&page_size=6'), r.basic)).body)).toHaveLength(3)
    expect(names((await getJson(devicesUrl('?label_filters=zone%3Dkitchen&label_filters=floor%3D1&page_size=6'), r.basic)).body)).toEqual(['Freezer 1'])
    expect(names((await getJson(devicesUrl('?query=DOCK'), r.basic)).body)).toEqual(['Loading dock door'])
    expect(names((await getJson(devicesUrl('?query=co2'), r.basic)).body)).toEqual(['Canteen air'])
  })

  it('combines label filters with OR when configured', async () => {
    const or = await start({ labelFilterMode: 'or' })
    try {
      or.emu.createDevice('temperature', { name: 'A', zone: 'kitchen' })
      or.emu.createDevice('temperature', { name: 'B', floor: '4' })
      or.emu.createDevice('temperature', { name: 'C' })
      const res = await getJson(`${or.base}/projects/${or.project}/devices?label_filters=zone%3Dkitchen&label_filters=floor`, or.basic)
      expect(names(res.body)).toEqual(['A', 'B'])
    } finally {
      await or.close()
    }
  })

  it('orders by a dot path, descending with "-"', async () => {
    const asc = await getJson(devicesUrl('?order_by=labels.name&page_size=6'), r.basic)
    expect(names(asc.body)).toEqual(['Button', 'Canteen air', 'CCON', 'Freezer 1', 'Fridge 2', 'Loading dock door'])
    const desc = await getJson(devicesUrl('?order_by=-labels.name&page_size=2'), r.basic)
    expect(names(desc.body)).toEqual(['Meeting room 4.12', 'Loading dock door'])
  })

  it('rejects an unknown device type in a filter, naming it', async () => {
    const res = await getJson(devicesUrl('?device_types=thermometer'), r.basic)
    expect(res.status).toBe(400)
    expect(res.body.error).toMatch(/"thermometer"/)
  })

  it('needs organization for project "-"', async () => {
    expect((await getJson(`${r.base}/projects/-/devices`, r.basic)).status).toBe(400)
    const org = (await getJson(`${r.base}/projects/${r.project}`, r.basic)).body.organization as string
    const res = await getJson(`${r.base}/projects/-/devices?organization=${org}&page_size=6`, r.basic)
    expect(res.body.devices).toHaveLength(6)
    expect(res.body.nextPageToken).not.toBe('')
  })
})

describe('get device', () => {
  it('returns the device in wire shape, also through project "-"', async () => {
    const [d] = r.emu.devices()
    const res = await getJson(`${r.base}/projects/${r.project}/devices/${d?.id}`, r.basic)
    expect(res.body).toEqual({
      name: `projects/${r.project}/devices/${d?.id}`,
      type: 'temperature',
      productNumber: '102058',
      labels: { name: 'Freezer 1', zone: 'kitchen', floor: '1', 'virtual-sensor': '' },
      reported: { temperature: null, touch: null, networkStatus: null, batteryStatus: null },
    })
    expect((await getJson(`${r.base}/projects/-/devices/${d?.id}`, r.basic)).body.name).toBe(res.body.name)
  })

  it('404s an unknown device', async () => {
    const res = await getJson(`${r.base}/projects/${r.project}/devices/c0n0suchdev1ce000000`, r.basic)
    expect(res.status).toBe(404)
    expect(res.body.error).toMatch(/not found/)
  })
})
