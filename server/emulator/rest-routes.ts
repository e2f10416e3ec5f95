import { encodeDevice, encodeEvent, encodeProject } from '../../src/dt'
import type { EmulatorContext } from './context'
import { matchesDevice, parseDeviceFilter, parseEventTypes } from './filters'
import { HttpError, sendJson } from './http-io'
import { orderDevices } from './order-by'
import { encodePageToken, pageSize, pageTokenPosition } from './pagination'
import { listParam, oneParam, timeParam } from './query-params'
import type { RouteArgs } from './route-types'
import { toDevice, toProject, type DeviceRecord, type ProjectRecord } from './world'

/** 404 for a project that does not exist, 403 for one this account may not see. */
export function requireProject(ctx: EmulatorContext, projectId: string): ProjectRecord {
  const access = ctx.world.access(projectId)
  if (access === 'missing') throw new HttpError(404, `project ${projectId} not found`)
  if (access === 'forbidden') throw new HttpError(403, `no access to project ${projectId}`)
  const p = ctx.world.projects.get(projectId)
  if (!p) throw new HttpError(404, `project ${projectId} not found`)
  return p
}

export function requireDevice(ctx: EmulatorContext, projectId: string, deviceId: string): DeviceRecord {
  if (projectId !== '-') requireProject(ctx, projectId)
  const d = ctx.world.findDevice(projectId, deviceId)
  if (!d) throw new HttpError(404, `device ${deviceId} not found`)
  return d
}

export function listProjects({ ctx, res, url }: RouteArgs): void {
  const org = oneParam(url.searchParams, 'organization')
  const query = oneParam(url.searchParams, 'query')?.toLowerCase()
  const projects = ctx.world
    .visibleProjects()
    .filter((p) => !org || p.organization === org)
    .filter((p) => !query || p.displayName.toLowerCase().includes(query) || p.id.includes(query))
  sendJson(res, 200, { projects: projects.map((p) => encodeProject(toProject(p))), nextPageToken: '' })
}

export function getProject({ ctx, res, params }: RouteArgs): void {
  sendJson(res, 200, encodeProject(toProject(requireProject(ctx, params.project))))
}

/** Projects `GET /projects/-/devices` covers: `organization` is required (README §1). */
function projectsForList(ctx: EmulatorContext, projectId: string, q: URLSearchParams): ProjectRecord[] {
  if (projectId !== '-') return [requireProject(ctx, projectId)]
  const org = oneParam(q, 'organization')
  if (!org) throw new HttpError(400, 'organization is required when the project is "-"')
  const names = new Set(listParam(q, 'projects'))
  return ctx.world.visibleProjects().filter((p) => p.organization === org && (names.size === 0 || names.has(`projects/${p.id}`)))
}

export function listDevices({ ctx, res, url, params }: RouteArgs): void {
  const q = url.searchParams
  const projects = projectsForList(ctx, params.project, q)
  const filter = parseDeviceFilter(q, ctx.opts.labelFilterMode)
  const size = pageSize(q, ctx.opts)
  const offset = pageTokenPosition(q, 'devices') ?? 0
  let matched: DeviceRecord[] = []
  for (const p of projects) for (const d of p.devices.values()) if (matchesDevice(filter, d)) matched.push(d)
  const orderBy = oneParam(q, 'order_by')
  if (orderBy) matched = orderDevices(matched, orderBy)
  const page = matched.slice(offset, offset + size)
  const next = offset + size < matched.length ? encodePageToken('devices', offset + size) : ''
  sendJson(res, 200, { devices: page.map((d) => encodeDevice(toDevice(d))), nextPageToken: next })
}

export function getDevice({ ctx, res, params }: RouteArgs): void {
  sendJson(res, 200, encodeDevice(toDevice(requireDevice(ctx, params.project, params.device))))
}

/** Event history of one device: newest first, the last 24 h unless told otherwise (README §5.5). */
export function listEvents({ ctx, res, url, params }: RouteArgs): void {
  const q = url.searchParams
  const device = requireDevice(ctx, params.project, params.device)
  const types = parseEventTypes(q)
  const now = ctx.now()
  const end = timeParam(q, 'end_time') ?? now
  const start = timeParam(q, 'start_time') ?? Math.min(end, now) - 24 * 3_600_000
  if (start > end) throw new HttpError(400, 'start_time is after end_time')
  const limit = pageSize(q, ctx.opts)
  const beforeSeq = pageTokenPosition(q, 'events')
  const page = device.history?.query({ start, end, types, beforeSeq, limit }) ?? { events: [] }
  sendJson(res, 200, {
    events: page.events.map(encodeEvent),
    nextPageToken: page.nextSeq === undefined ? '' : encodePageToken('events', page.nextSeq),
  })
}
