import { parseDeviceName, toRfc3339, type LabelsChangedData } from '../../src/dt'
import type { EmulatorContext } from './context'
import { readLabels } from './emulator-routes'
import { HttpError, readJsonObject, sendJson } from './http-io'
import { requireProject } from './rest-routes'
import type { RouteArgs } from './route-types'
import type { DeviceRecord } from './world'

interface BatchError {
  device: string
  status: { code: 'INVALID_ARGUMENT' | 'NOT_FOUND' | 'INTERNAL_ERROR'; message: string }
}

function diffLabels(before: Record<string, string>, add: Record<string, string>, remove: string[]): LabelsChangedData {
  const change: LabelsChangedData = { added: {}, modified: {}, removed: [] }
  for (const key of remove) if (Object.hasOwn(before, key) && !Object.hasOwn(add, key)) change.removed.push(key)
  for (const [key, value] of Object.entries(add)) {
    if (!Object.hasOwn(before, key)) change.added[key] = value
    else if (before[key] !== value) change.modified[key] = value
  }
  return change
}

/** Applies a label change and tells the streams; labelsChanged never enters history (README §4.2). */
export function changeLabels(ctx: EmulatorContext, device: DeviceRecord, add: Record<string, string>, remove: string[]): void {
  const before = device.labels
  const change = diffLabels(before, add, remove)
  if (Object.keys(change.added).length + Object.keys(change.modified).length + change.removed.length === 0) return
  const after = { ...before, ...add }
  for (const key of change.removed) delete after[key]
  device.labels = after
  const time = ctx.now()
  ctx.stats.eventsGenerated++
  ctx.hub.dispatch(
    {
      eventId: ctx.nextEventId(),
      targetName: device.name,
      projectId: device.projectId,
      deviceId: device.id,
      timestamp: toRfc3339(time),
      time,
      eventType: 'labelsChanged',
      data: change,
    },
    device,
    before,
  )
}

function readRemove(value: unknown): string[] {
  if (value === undefined || value === null) return []
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) throw new HttpError(400, 'removeLabels must be an array of label keys')
  return value as string[]
}

/** `POST /projects/{p}/devices:batchUpdate`; per-device failures go in `batchErrors` (README §5.4). */
export async function batchUpdate({ ctx, req, res, params }: RouteArgs): Promise<void> {
  const project = requireProject(ctx, params.project)
  const body = await readJsonObject(req)
  if (!Array.isArray(body.devices)) throw new HttpError(400, 'devices must be an array of device names')
  const add = readLabels(body.addLabels, 'addLabels')
  const remove = readRemove(body.removeLabels)
  const batchErrors: BatchError[] = []
  for (const entry of body.devices as unknown[]) {
    const name = typeof entry === 'string' ? entry : ''
    const ids = parseDeviceName(name) ?? (/^[0-9a-v]{20,23}$/.test(name) ? { projectId: project.id, deviceId: name } : undefined)
    if (!ids) {
      batchErrors.push({ device: String(entry), status: { code: 'INVALID_ARGUMENT', message: 'expected projects/<p>/devices/<d>' } })
      continue
    }
    const device = ids.projectId === project.id ? project.devices.get(ids.deviceId) : undefined
    if (!device) {
      batchErrors.push({ device: name, status: { code: 'NOT_FOUND', message: `device ${ids.deviceId} not found in project ${project.id}` } })
      continue
    }
    changeLabels(ctx, device, add, remove)
  }
  sendJson(res, 200, { batchErrors })
}
