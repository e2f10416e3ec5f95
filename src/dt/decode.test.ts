import { describe, expect, it } from 'vitest'
import examples from './fixtures/dt-api-examples.json'
import { decodeEvent, decodeStreamMessage, parseStreamLine } from './decode'
import { EVENT_TYPES } from './event-types'
import { encodeEvent, encodeStreamError, encodeStreamResult } from './encode'

const events = examples.events as Record<string, unknown>

describe('decodeEvent over every example', () => {
  it('has an example for every one of the 19 event types and ping', () => {
    expect(Object.keys(events).sort()).toEqual([...EVENT_TYPES, 'ping'].sort())
  })

  for (const [type, raw] of Object.entries(events)) {
    it(`decodes ${type} and encodes it back unchanged`, () => {
      const r = decodeEvent(raw)
      if (!r.ok) throw new Error(r.error)
      expect(r.value.eventType).toBe(type)
      expect(r.value.time).toBe(Date.parse((raw as { timestamp: string }).timestamp))
      expect(encodeEvent(r.value)).toEqual(raw)
    })
  }

  it('takes the device id from targetName', () => {
    const r = decodeEvent(events.temperature)
    expect(r.ok && r.value.eventType !== 'ping' && r.value.deviceId).toBe('ccsorle7qg13o0bq0000')
    expect(r.ok && r.value.projectId).toBe('ccgo1vd3u6e1mbia3s1g')
  })

  it('keeps samples newest first, as sent', () => {
    const r = decodeEvent(events.temperature)
    if (!r.ok || r.value.eventType !== 'temperature') throw new Error('expected temperature')
    expect(r.value.data.samples?.map((s) => s.value)).toEqual([4.35, 4.4, 4.6])
  })

  it('gives ping its project and null data', () => {
    const r = decodeEvent(events.ping)
    expect(r).toMatchObject({ ok: true, value: { eventType: 'ping', projectId: 'ccgo1vd3u6e1mbia3s1g', data: null } })
  })
})

describe('decodeEvent tolerance', () => {
  const base = { eventId: 'e1', targetName: 'projects/p/devices/d', timestamp: '2025-03-11T09:15:47Z' }

  it('keeps an unknown event type as an explicit unknown variant', () => {
    const r = decodeEvent({ ...base, eventType: 'lightLevel', data: { lightLevel: { lux: 300 } } })
    expect(r).toEqual({
      ok: true,
      value: expect.objectContaining({ eventType: 'unknown', rawEventType: 'lightLevel', data: { lightLevel: { lux: 300 } } }),
    })
    if (r.ok) expect(encodeEvent(r.value)).toEqual({ ...base, eventType: 'lightLevel', data: { lightLevel: { lux: 300 } } })
  })

  it('accepts a temperature without samples or isBackfilled, and fills updateTime from timestamp', () => {
    const r = decodeEvent({ ...base, eventType: 'temperature', data: { temperature: { value: 21 } } })
    expect(r).toEqual({ ok: true, value: expect.objectContaining({ data: { value: 21, updateTime: base.timestamp } }) })
  })

  it('accepts a networkStatus with every field missing', () => {
    const r = decodeEvent({ ...base, eventType: 'networkStatus', data: { networkStatus: {} } })
    expect(r.ok).toBe(true)
  })

  it('accepts deskOccupancy remarks and an integer relativeHumidity', () => {
    expect(decodeEvent({ ...base, eventType: 'deskOccupancy', data: { deskOccupancy: { state: 'OCCUPIED', remarks: ['INCOMPLETE_DATA'] } } }).ok).toBe(true)
    expect(decodeEvent({ ...base, eventType: 'humidity', data: { humidity: { temperature: 20, relativeHumidity: 40 } } }).ok).toBe(true)
  })

  it('accepts labelsChanged with only some parts', () => {
    const r = decodeEvent({ ...base, eventType: 'labelsChanged', data: { modified: { name: 'X' } } })
    expect(r).toEqual({ ok: true, value: expect.objectContaining({ data: { added: {}, modified: { name: 'X' }, removed: [] } }) })
  })

  it('ignores unknown keys inside a payload', () => {
    const r = decodeEvent({ ...base, eventType: 'co2', data: { co2: { ppm: 600, future: true } } })
    expect(r).toEqual({ ok: true, value: expect.objectContaining({ data: { ppm: 600, updateTime: base.timestamp } }) })
  })
})

describe('decodeEvent on malformed input', () => {
  const base = { eventId: 'e1', targetName: 'projects/p/devices/d', eventType: 'temperature', timestamp: '2025-03-11T09:15:47Z' }
  const cases: Array<[string, unknown, RegExp]> = [
    ['null', null, /event: expected an object, got null/],
    ['an array', [], /expected an object, got an array/],
    ['a missing eventId', { ...base, eventId: undefined, data: { temperature: { value: 1 } } }, /event\.eventId: expected a string/],
    ['a bad timestamp', { ...base, timestamp: 'yesterday', data: { temperature: { value: 1 } } }, /event\.timestamp: expected an RFC 3339 time/],
    ['a project as a device target', { ...base, targetName: 'projects/p', data: { temperature: { value: 1 } } }, /targetName: expected projects\/<id>\/devices\/<id>/],
    ['a string value', { ...base, data: { temperature: { value: '21' } } }, /data\.temperature\.value: expected a number, got "21"/],
    ['data under the wrong key', { ...base, data: { humidity: {} } }, /expected the payload under "temperature", found keys humidity/],
    ['an unknown enum value', { ...base, eventType: 'contact', data: { contact: { state: 'AJAR' } } }, /contact\.state: expected one of OPEN, CLOSED, got "AJAR"/],
    ['a bad sample', { ...base, data: { temperature: { value: 1, samples: [{ value: 1 }] } } }, /samples\[0\]\.sampleTime: expected a string/],
    ['NaN as a value', { ...base, data: { temperature: { value: Number.NaN } } }, /expected a number/],
  ]
  for (const [what, input, message] of cases) {
    it(`reports ${what}`, () => {
      const r = decodeEvent(input)
      expect(r.ok).toBe(false)
      if (!r.ok) expect(r.error).toMatch(message)
    })
  }
})

describe('stream lines', () => {
  it('decodes the NDJSON result line, the error line and the SSE payload from the examples', () => {
    expect(parseStreamLine(examples.streamLines.ndjsonResult)).toMatchObject({ ok: true, value: { kind: 'event', event: { eventType: 'touch' } } })
    expect(parseStreamLine(examples.streamLines.ndjsonError)).toEqual({
      ok: true,
      value: { kind: 'error', error: { httpStatus: 408, message: 'closing stream', details: [] } },
    })
    const sse = examples.streamLines.sseMessage
    expect(sse.startsWith('data: ')).toBe(true)
    expect(parseStreamLine(sse.slice(6))).toMatchObject({ ok: true, value: { kind: 'event', event: { eventType: 'waterPresent' } } })
  })

  it('reads the legacy grpcCode/httpCode layout and gRPC codes below 100', () => {
    expect(decodeStreamMessage({ error: { grpcCode: 1, httpCode: 408, message: 'closing stream', httpStatus: 'Request Timeout', details: [] } })).toEqual({
      ok: true,
      value: { kind: 'error', error: { httpStatus: 408, grpcCode: 1, message: 'closing stream', details: [] } },
    })
    expect(decodeStreamMessage({ error: { code: 16, message: 'unauthenticated' } })).toEqual({
      ok: true,
      value: { kind: 'error', error: { grpcCode: 16, message: 'unauthenticated', details: [] } },
    })
  })

  it('reads a flat REST error body arriving in the stream', () => {
    expect(decodeStreamMessage(examples.restError)).toMatchObject({ ok: true, value: { kind: 'error', error: { httpStatus: 404, message: 'not found' } } })
  })

  it('round-trips events and error frames through the encoders', () => {
    const r = decodeEvent(events.humidity)
    if (!r.ok) throw new Error(r.error)
    expect(decodeStreamMessage(encodeStreamResult(r.value))).toEqual({ ok: true, value: { kind: 'event', event: r.value } })
    const frame = { httpStatus: 408, message: 'closing stream', details: [] }
    expect(decodeStreamMessage(encodeStreamError(frame))).toEqual({ ok: true, value: { kind: 'error', error: frame } })
    expect(decodeStreamMessage(encodeStreamError({ ...frame, grpcCode: 1 }, 'grpc'))).toEqual({
      ok: true,
      value: { kind: 'error', error: { grpcCode: 1, message: 'closing stream', details: [] } },
    })
    expect(decodeStreamMessage(encodeStreamError({ ...frame, grpcCode: 1 }, 'legacy'))).toEqual({
      ok: true,
      value: { kind: 'error', error: { httpStatus: 408, grpcCode: 1, message: 'closing stream', details: [] } },
    })
  })

  const bad: Array<[string, string, RegExp]> = [
    ['an empty line', '', /empty/],
    ['truncated JSON', '{"result":{"event":', /not JSON/],
    ['a line with neither key', '{"hello":1}', /expected "result" or "error", found keys hello/],
    ['an error frame without a code', '{"error":{"message":"x"}}', /no code/],
    ['a result without an event', '{"result":{}}', /result\.event: expected an object/],
    ['a bare number', '42', /expected an object/],
  ]
  for (const [what, line, message] of bad) {
    it(`reports ${what} as an error value`, () => {
      const r = parseStreamLine(line)
      expect(r.ok).toBe(false)
      if (!r.ok) expect(r.error).toMatch(message)
    })
  }
})
