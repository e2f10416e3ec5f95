import { isEventType, type KeyedEventType } from './event-types'
import { readEvent } from './decode'
import { readPayload } from './decode-payload'
import { parseDeviceName, parseProjectName } from './names'
import { DecodeFailure, attempt, isObj, obj, optStr, str, stringMap, type Obj } from './read'
import type { Device, Page, Project, ReportedState, RestError, TokenResponse } from './resources'
import type { Result } from './result'
import type { DtEvent } from './event-types'

/** A page decoded item by item: a bad item is reported in `skipped`, never fatal to the page. */
export interface DecodedPage<T> extends Page<T> {
  skipped: string[]
}

function readReported(value: unknown, path: string, fallbackTime: string): ReportedState {
  if (value === undefined || value === null) return {}
  const o = obj(value, path)
  const out: ReportedState = {}
  for (const [key, v] of Object.entries(o)) {
    if (!isEventType(key) || key === 'labelsChanged') continue // e.g. connectionLatency
    const type: KeyedEventType = key
    if (v === null) {
      out[type] = null
      continue
    }
    const r = attempt(() => readPayload(type, v, `${path}.${type}`, fallbackTime))
    // One odd reported entry must not hide the device; it is left out.
    if (r.ok) (out as Record<string, unknown>)[type] = r.value
  }
  return out
}

function readDevice(value: unknown, path: string): Device {
  const o = obj(value, path)
  const name = str(o, 'name', path)
  const ids = parseDeviceName(name)
  if (!ids) throw new DecodeFailure(`${path}.name`, `expected projects/<id>/devices/<id>, got "${name}"`)
  return {
    name,
    id: ids.deviceId,
    projectId: ids.projectId,
    type: optStr(o, 'type', path) ?? 'unknown',
    productNumber: o.productNumber == null ? '' : String(o.productNumber),
    labels: stringMap(o.labels, `${path}.labels`),
    reported: readReported(o.reported, `${path}.reported`, '1970-01-01T00:00:00Z'),
  }
}

function readProject(value: unknown, path: string): Project {
  const o = obj(value, path)
  const name = str(o, 'name', path)
  const id = parseProjectName(name)
  if (!id) throw new DecodeFailure(`${path}.name`, `expected projects/<id>, got "${name}"`)
  return {
    name,
    id,
    displayName: optStr(o, 'displayName', path) ?? id,
    organization: optStr(o, 'organization', path) ?? '',
    organizationDisplayName: optStr(o, 'organizationDisplayName', path) ?? '',
    sensorCount: typeof o.sensorCount === 'number' ? o.sensorCount : 0,
    cloudConnectorCount: typeof o.cloudConnectorCount === 'number' ? o.cloudConnectorCount : 0,
    inventory: o.inventory === true,
  }
}

function readPage<T>(value: unknown, key: string, item: (v: unknown, p: string) => T): DecodedPage<T> {
  const o = obj(value, 'page')
  const list = o[key]
  if (!Array.isArray(list)) throw new DecodeFailure(`page.${key}`, 'expected an array')
  const items: T[] = []
  const skipped: string[] = []
  list.forEach((v, i) => {
    const r = attempt(() => item(v, `${key}[${i}]`))
    if (r.ok) items.push(r.value)
    else skipped.push(r.error)
  })
  const next = o.nextPageToken
  return { items, nextPageToken: typeof next === 'string' ? next : '', skipped }
}

/** Decodes one device resource. Never throws. */
export const decodeDevice = (value: unknown): Result<Device> => attempt(() => readDevice(value, 'device'))

/** Decodes `{devices, nextPageToken}`; a missing token reads as the last page. Never throws. */
export const decodeDevicesPage = (value: unknown): Result<DecodedPage<Device>> =>
  attempt(() => readPage(value, 'devices', readDevice))

/** Decodes `{events, nextPageToken}` from event history. Never throws. */
export const decodeEventsPage = (value: unknown): Result<DecodedPage<DtEvent>> =>
  attempt(() => readPage(value, 'events', readEvent))

export const decodeProject = (value: unknown): Result<Project> => attempt(() => readProject(value, 'project'))

export const decodeProjectsPage = (value: unknown): Result<DecodedPage<Project>> =>
  attempt(() => readPage(value, 'projects', readProject))

/** Decodes `{access_token, token_type, expires_in}`. Never throws. */
export function decodeTokenResponse(value: unknown): Result<TokenResponse> {
  return attempt(() => {
    const o = obj(value, 'token')
    const expires = o.expires_in
    return {
      accessToken: str(o, 'access_token', 'token'),
      tokenType: optStr(o, 'token_type', 'token') ?? 'bearer',
      expiresIn: typeof expires === 'number' && expires > 0 ? expires : 3600,
    }
  })
}

/**
 * Reads any error body DT or a proxy may send: flat `{error, code, help}`, nested
 * `{error: {code, message}}`, OAuth2 `{error, error_description}`, or plain text.
 */
export function decodeRestError(status: number, body: unknown): RestError {
  if (typeof body === 'string') return { status, message: body.trim().slice(0, 300) || `HTTP ${status}` }
  if (!isObj(body)) return { status, message: `HTTP ${status}` }
  const b: Obj = body
  const help = typeof b.help === 'string' ? b.help : undefined
  if (isObj(b.error)) {
    const message = typeof b.error.message === 'string' && b.error.message ? b.error.message : `HTTP ${status}`
    return { status, message }
  }
  const parts = [b.error, b.error_description].filter((x): x is string => typeof x === 'string' && x !== '')
  return { status, message: parts.length ? parts.join(': ') : `HTTP ${status}`, ...(help ? { help } : {}) }
}
