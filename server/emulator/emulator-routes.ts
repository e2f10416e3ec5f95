import { DEVICE_TYPES, encodeDevice, isEmulatedDeviceId, type KnownDeviceType } from '../../src/dt'
import { PRODUCT_NUMBERS, emptyReported } from './device-catalog'
import { HttpError, readJsonObject, sendJson } from './http-io'
import { newEmulatedDeviceId } from './ids'
import { publishEvent } from './publish'
import { requireDevice, requireProject } from './rest-routes'
import type { RouteArgs } from './route-types'
import { toDevice, type DeviceRecord } from './world'
import type { EmulatorContext } from './context'

const knownTypes: ReadonlySet<string> = new Set(DEVICE_TYPES)

/** Labels must be a string map; DT rejects other values rather than coercing them. */
export function readLabels(value: unknown, field: string): Record<string, string> {
  if (value === undefined || value === null) return {}
  if (typeof value !== 'object' || Array.isArray(value)) throw new HttpError(400, `${field} must be an object of string values`)
  const out: Record<string, string> = {}
  for (const [k, v] of Object.entries(value)) {
    if (typeof v !== 'string') throw new HttpError(400, `${field}.${k} must be a string`)
    if (k === '') throw new HttpError(400, `${field} has an empty key`)
    out[k] = v
  }
  return out
}

/** An emulated device: `emu` id, `virtual-sensor` label, every reported type still null. */
export function addEmulatedDevice(ctx: EmulatorContext, projectId: string, type: KnownDeviceType, labels: Record<string, string>): DeviceRecord {
  return ctx.world.addDevice({
    id: newEmulatedDeviceId(ctx.idRng),
    projectId,
    type,
    productNumber: PRODUCT_NUMBERS[type],
    labels: { ...labels, 'virtual-sensor': '' },
    reported: emptyReported(type),
  })
}

/** `POST /projects/{p}/devices` on the emulator API: a new emulated device (README §6). */
export async function createDevice({ ctx, req, res, params }: RouteArgs): Promise<void> {
  requireProject(ctx, params.project)
  const body = await readJsonObject(req)
  const type = body.type
  if (typeof type !== 'string' || !knownTypes.has(type)) {
    throw new HttpError(400, `type must be one of ${DEVICE_TYPES.join(', ')}, got ${JSON.stringify(type ?? null)}`)
  }
  const record = addEmulatedDevice(ctx, params.project, type as KnownDeviceType, readLabels(body.labels, 'labels'))
  sendJson(res, 200, encodeDevice(toDevice(record)))
}

/** `DELETE /projects/{p}/devices/{d}`; answers `{}` because DT's Python client parses every body. */
export function deleteDevice({ ctx, res, params }: RouteArgs): void {
  const device = requireDevice(ctx, params.project, params.device)
  if (!isEmulatedDeviceId(device.id)) throw new HttpError(400, `device ${device.id} is not an emulated device`)
  ctx.world.removeDevice(device.projectId, device.id)
  sendJson(res, 200, {})
}

/** `POST /projects/{p}/devices/{d}:publish` with `{"<eventType>": payload}`. */
export async function publish({ ctx, req, res, params }: RouteArgs): Promise<void> {
  const device = requireDevice(ctx, params.project, params.device)
  const body = await readJsonObject(req)
  const keys = Object.keys(body)
  const eventType = keys[0]
  if (keys.length !== 1 || eventType === undefined) {
    throw new HttpError(400, `body must hold exactly one event type key, e.g. {"temperature": {"value": 21.5}}; got ${keys.length} keys`)
  }
  const result = publishEvent(ctx, device, eventType, body[eventType])
  if (!result.ok) throw new HttpError(400, result.message)
  sendJson(res, 200, {})
}
