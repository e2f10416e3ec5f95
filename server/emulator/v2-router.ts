import { batchUpdate } from './batch-update'
import { createDevice, deleteDevice, publish } from './emulator-routes'
import { HttpError } from './http-io'
import { getDevice, getProject, listDevices, listEvents, listProjects } from './rest-routes'
import type { RouteHandler } from './route-types'
import { openStream } from './stream-route'

/** A matched route: a handler per method, a stats name per method, and the path parameters. */
export interface RouteMatch {
  methods: Record<string, { handler: RouteHandler; kind: string }>
  params: { project: string; device: string }
  stream: boolean
}

const h = (handler: RouteHandler, kind: string) => ({ handler, kind })

function decodeSegment(s: string): string {
  try {
    return decodeURIComponent(s)
  } catch {
    throw new HttpError(400, 'malformed percent-encoding in the path')
  }
}

/**
 * Matches a path below `/v2`. Custom methods keep their colon (`devices:stream`, `{d}:publish`),
 * also when a client percent-encodes it.
 */
export function matchV2(pathname: string): RouteMatch | undefined {
  const segs = pathname.split('/').slice(2).filter((s) => s !== '').map(decodeSegment)
  const [root, project = '', collection, device = '', sub] = segs
  if (root !== 'projects') return undefined
  const params = { project, device: '' }
  const route = (methods: RouteMatch['methods'], stream = false): RouteMatch => ({ methods, params, stream })
  if (segs.length === 1) return route({ GET: h(listProjects, 'projects') })
  if (segs.length === 2) return route({ GET: h(getProject, 'projects') })
  if (segs.length === 3) {
    if (collection === 'devices') return route({ GET: h(listDevices, 'devices'), POST: h(createDevice, 'createDevice') })
    if (collection === 'devices:stream') return route({ GET: h(openStream, 'stream') }, true)
    if (collection === 'devices:batchUpdate') return route({ POST: h(batchUpdate, 'batchUpdate') })
    return undefined
  }
  if (collection !== 'devices') return undefined
  if (segs.length === 4) {
    const colon = device.indexOf(':')
    if (colon >= 0) {
      params.device = device.slice(0, colon)
      return device.slice(colon + 1) === 'publish' ? route({ POST: h(publish, 'publish') }) : undefined
    }
    params.device = device
    return route({ GET: h(getDevice, 'device'), DELETE: h(deleteDevice, 'deleteDevice') })
  }
  if (segs.length === 5 && sub === 'events') {
    params.device = device
    return route({ GET: h(listEvents, 'events') })
  }
  return undefined
}
