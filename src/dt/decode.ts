import { isEventType, type DtEvent, type StreamErrorFrame, type StreamMessage } from './event-types'
import { parseDeviceName, parseProjectName } from './names'
import { readLabelsChanged, readPayload } from './decode-payload'
import { DecodeFailure, attempt, isObj, obj, optStr, str, time, type Obj } from './read'
import type { Result } from './result'

function readEvent(value: unknown, path: string): DtEvent {
  const o = obj(value, path)
  const eventId = str(o, 'eventId', path)
  const targetName = str(o, 'targetName', path)
  const eventType = str(o, 'eventType', path)
  const timestamp = time(o, 'timestamp', path)
  const t = Date.parse(timestamp)

  if (eventType === 'ping') {
    const projectId = parseProjectName(targetName) ?? parseDeviceName(targetName)?.projectId
    if (!projectId) throw new DecodeFailure(`${path}.targetName`, `expected projects/<id>, got "${targetName}"`)
    return { eventType: 'ping', eventId, targetName, projectId, timestamp, time: t, data: null }
  }

  const target = parseDeviceName(targetName)
  if (!target) {
    throw new DecodeFailure(`${path}.targetName`, `expected projects/<id>/devices/<id>, got "${targetName}"`)
  }
  const envelope = { eventId, targetName, projectId: target.projectId, deviceId: target.deviceId, timestamp, time: t }

  if (!isEventType(eventType)) {
    return { ...envelope, eventType: 'unknown', rawEventType: eventType, data: o.data ?? null }
  }
  if (eventType === 'labelsChanged') {
    return { ...envelope, eventType, data: readLabelsChanged(o.data, `${path}.data`) }
  }
  const data = obj(o.data, `${path}.data`)
  if (!(eventType in data)) {
    throw new DecodeFailure(`${path}.data`, `expected the payload under "${eventType}", found keys ${Object.keys(data).join(', ') || 'none'}`)
  }
  const payload = readPayload(eventType, data[eventType], `${path}.data.${eventType}`, timestamp)
  return { ...envelope, eventType, data: payload } as DtEvent
}

/**
 * Decodes one event envelope from untrusted JSON. Never throws.
 * Unknown event types come back as `eventType: 'unknown'`, with the original name and data.
 * @example
 * const r = decodeEvent(JSON.parse(text))
 * if (r.ok && r.value.eventType === 'temperature') chart(r.value.data.value)
 */
export function decodeEvent(value: unknown): Result<DtEvent> {
  return attempt(() => readEvent(value, 'event'))
}

function readCode(o: Obj, key: string): number | undefined {
  const v = o[key]
  if (typeof v === 'number' && Number.isFinite(v)) return v
  if (typeof v === 'string' && /^\d+$/.test(v)) return Number(v)
  return undefined
}

/** Normalises `{code, message, details}` and the older `{grpcCode, httpCode, message}` layouts. */
function readErrorFrame(value: unknown, outer: Obj, path: string): StreamErrorFrame {
  if (typeof value === 'string') {
    // A flat REST body ({error: "not found", code: 404}) arriving where a frame was expected.
    const status = readCode(outer, 'code')
    return { ...(status !== undefined ? { httpStatus: status } : {}), message: value, details: [] }
  }
  const e = obj(value, path)
  const code = readCode(e, 'code')
  const httpCode = readCode(e, 'httpCode')
  const grpcCode = readCode(e, 'grpcCode')
  const httpStatus = httpCode ?? (code !== undefined && code >= 100 ? code : undefined)
  const grpc = grpcCode ?? (code !== undefined && code < 100 ? code : undefined)
  if (httpStatus === undefined && grpc === undefined) {
    throw new DecodeFailure(path, 'error frame has no code, httpCode or grpcCode')
  }
  return {
    ...(httpStatus !== undefined ? { httpStatus } : {}),
    ...(grpc !== undefined ? { grpcCode: grpc } : {}),
    message: optStr(e, 'message', path) ?? '',
    details: Array.isArray(e.details) ? e.details : [],
  }
}

/** Decodes one stream line or SSE payload: `{"result":{"event":…}}` or `{"error":…}`. Never throws. */
export function decodeStreamMessage(value: unknown): Result<StreamMessage> {
  return attempt(() => {
    const o = obj(value, 'line')
    if (isObj(o.result)) return { kind: 'event', event: readEvent(o.result.event, 'result.event') }
    if (o.error !== undefined) return { kind: 'error', error: readErrorFrame(o.error, o, 'error') }
    throw new DecodeFailure('line', `expected "result" or "error", found keys ${Object.keys(o).join(', ') || 'none'}`)
  })
}

/** Parses and decodes a line of text (NDJSON line or SSE `data`). Never throws. */
export function parseStreamLine(text: string): Result<StreamMessage> {
  const trimmed = text.trim()
  if (trimmed === '') return { ok: false, error: 'line: empty' }
  let value: unknown
  try {
    value = JSON.parse(trimmed)
  } catch (e) {
    const snippet = trimmed.length > 60 ? `${trimmed.slice(0, 60)}…` : trimmed
    return { ok: false, error: `line: not JSON (${e instanceof Error ? e.message : 'parse error'}): ${snippet}` }
  }
  return decodeStreamMessage(value)
}

export { readEvent }
