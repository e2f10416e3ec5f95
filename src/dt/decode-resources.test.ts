import { describe, expect, it } from 'vitest'
import examples from './fixtures/dt-api-examples.json'
import { decodeDevice, decodeDevicesPage, decodeEventsPage, decodeProjectsPage, decodeRestError, decodeTokenResponse } from './decode-resources'
import { decodeDevice as decode } from './decode-resources'
import { encodeDevice } from './encode'

describe('devices', () => {
  it('decodes the example device and encodes it back', () => {
    const r = decodeDevice(examples.device)
    if (!r.ok) throw new Error(r.error)
    expect(r.value).toMatchObject({ id: 'ccsorle7qg13o0bq0000', projectId: 'ccgo1vd3u6e1mbia3s1g', type: 'temperature', productNumber: '102058' })
    expect(r.value.labels.name).toBe('Freezer 3 - top shelf')
    expect(r.value.reported.temperature?.value).toBe(4.35)
    expect(r.value.reported.networkStatus?.cloudConnectors).toHaveLength(2)
    expect(encodeDevice(r.value)).toEqual(examples.device)
  })

  it('decodes the example page: null reported entries kept, extra keys such as connectionLatency ignored', () => {
    const r = decodeDevicesPage(examples.devicesPage)
    if (!r.ok) throw new Error(r.error)
    expect(r.value.items.map((d) => d.type)).toEqual(['humidity', 'ccon', 'proximity'])
    expect(r.value.items[0]?.reported.touch).toBeNull()
    expect(r.value.items[1]?.reported).not.toHaveProperty('connectionLatency')
    expect(r.value.nextPageToken).toBe(examples.devicesPage.nextPageToken)
    expect(r.value.skipped).toEqual([])
  })

  it('treats a missing nextPageToken as the last page and skips a bad device without losing the others', () => {
    const r = decodeDevicesPage({ devices: [examples.device, { name: 'nonsense' }] })
    if (!r.ok) throw new Error(r.error)
    expect(r.value.items).toHaveLength(1)
    expect(r.value.nextPageToken).toBe('')
    expect(r.value.skipped[0]).toMatch(/devices\[1\]\.name: expected projects/)
  })

  it('accepts a device with no reported state and no productNumber', () => {
    expect(decode({ name: 'projects/p/devices/emu0123456789abcdefghij', type: 'temperature', labels: {} })).toMatchObject({
      ok: true,
      value: { productNumber: '', reported: {} },
    })
  })

  it('rejects a page that is not a page', () => {
    expect(decodeDevicesPage({ devices: 'x' })).toEqual({ ok: false, error: 'page.devices: expected an array' })
    expect(decodeDevicesPage(null).ok).toBe(false)
  })
})

describe('events, projects, tokens, errors', () => {
  it('decodes the example events page, newest first as sent', () => {
    const r = decodeEventsPage(examples.eventsPage)
    if (!r.ok) throw new Error(r.error)
    expect(r.value.items).toHaveLength(6)
    const times = r.value.items.map((e) => e.time)
    expect([...times].sort((a, b) => b - a)).toEqual(times)
  })

  it('decodes projects with defaults for missing fields', () => {
    const r = decodeProjectsPage({ projects: [{ name: 'projects/abc' }], nextPageToken: '' })
    expect(r).toMatchObject({ ok: true, value: { items: [{ id: 'abc', displayName: 'abc', sensorCount: 0 }] } })
  })

  it('decodes the token response', () => {
    expect(decodeTokenResponse(examples.tokenResponse)).toEqual({
      ok: true,
      value: { accessToken: examples.tokenResponse.access_token, tokenType: 'bearer', expiresIn: 3600 },
    })
    expect(decodeTokenResponse({ token_type: 'bearer' }).ok).toBe(false)
  })

  it('reads flat, nested, OAuth2 and text error bodies', () => {
    expect(decodeRestError(404, examples.restError)).toEqual({ status: 404, message: 'not found', help: 'https://docs.d21s.com/error/#404' })
    expect(decodeRestError(403, { error: { code: 403, message: 'no access', details: [] } })).toEqual({ status: 403, message: 'no access' })
    expect(decodeRestError(400, { error: 'invalid_grant', error_description: 'bad signature' })).toEqual({ status: 400, message: 'invalid_grant: bad signature' })
    expect(decodeRestError(502, '<html>Bad gateway</html>')).toEqual({ status: 502, message: '<html>Bad gateway</html>' })
    expect(decodeRestError(500, 42)).toEqual({ status: 500, message: 'HTTP 500' })
  })
})
