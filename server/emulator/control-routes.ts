import type { IncomingMessage, ServerResponse } from 'node:http'
import { encodeStreamResult, toRfc3339 } from '../../src/dt'
import type { EmulatorContext } from './context'
import { HttpError, readJsonObject, sendJson } from './http-io'
import { countRequest, resetStats } from './stats'
import { errorFrameJson, frame, malformedFrame } from './stream-frames'

type Body = Record<string, unknown>

function intField(body: Body, key: string, min: number, max: number): number | undefined {
  const v = body[key]
  if (v === undefined || v === null) return undefined
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
    throw new HttpError(400, `${key} must be an integer from ${min} to ${max}`)
  }
  return v
}

function strField(body: Body, key: string): string | undefined {
  const v = body[key]
  if (v === undefined || v === null) return undefined
  if (typeof v !== 'string') throw new HttpError(400, `${key} must be a string`)
  return v
}

/** An event of a type no client knows, to prove clients skip it rather than crash. */
function unknownEventJson(ctx: EmulatorContext): string {
  const project = ctx.world.projects.get(ctx.opts.projectId)
  const deviceId = project?.devices.keys().next().value ?? 'c0unknownevent0dev00'
  const time = ctx.now()
  const timestamp = toRfc3339(time)
  return JSON.stringify(
    encodeStreamResult({
      eventType: 'unknown',
      rawEventType: 'lightLevel',
      eventId: ctx.nextEventId(),
      targetName: `projects/${ctx.opts.projectId}/devices/${deviceId}`,
      projectId: ctx.opts.projectId,
      deviceId,
      timestamp,
      time,
      data: { lightLevel: { lux: 412, updateTime: timestamp } },
    }),
  )
}

function inject(ctx: EmulatorContext, body: Body): number {
  const kind = body.kind
  if (kind === 'malformed') return ctx.hub.broadcast(malformedFrame)
  if (kind === 'unknownEventType') {
    const json = unknownEventJson(ctx)
    return ctx.hub.broadcast((format) => frame(json, format))
  }
  if (kind === 'errorFrame') {
    const json = errorFrameJson(intField(body, 'code', 0, 599) ?? 503, strField(body, 'message') ?? 'injected error', ctx.opts.errorFrameLayout)
    return ctx.hub.broadcast((format) => frame(json, format))
  }
  throw new HttpError(400, 'kind must be "malformed", "unknownEventType" or "errorFrame"')
}

function stats(ctx: EmulatorContext) {
  return {
    openStreams: ctx.hub.openCount,
    ...ctx.stats,
    stalled: ctx.hub.isStalled,
    pendingResponses: ctx.faults.pendingResponses,
    ...(ctx.load ? { load: { rate: ctx.load.rate, devices: ctx.load.devices.length, emitted: ctx.load.emitted } } : {}),
    streams: ctx.hub.connections().map((c) => ({
      id: c.id,
      projectId: c.spec.projectId,
      format: c.spec.format,
      eventsSent: c.eventsSent,
      pingsSent: c.pingsSent,
      bufferedBytes: c.bufferedBytes,
      openForMs: Date.now() - c.openedAt,
    })),
  }
}

type Action = (ctx: EmulatorContext, body: Body) => unknown

const POST_ACTIONS: Record<string, Action> = {
  drop: (ctx) => ({ dropped: ctx.hub.dropAll() }),
  stall: (ctx) => (ctx.hub.stall(), { stalled: true }),
  resume: (ctx) => (ctx.hub.resume(), { stalled: false }),
  inject: (ctx, body) => ({ written: inject(ctx, body) }),
  respond: (ctx, body) => {
    const status = intField(body, 'status', 100, 599)
    if (status === undefined) throw new HttpError(400, 'status is required')
    const count = intField(body, 'count', 1, 1_000_000) ?? 1
    const retryAfter = intField(body, 'retryAfter', 0, 86_400)
    const message = strField(body, 'message')
    ctx.faults.setResponse({ status, remaining: count, ...(retryAfter === undefined ? {} : { retryAfter }), ...(message ? { message } : {}) })
    return { status, count }
  },
  'expire-tokens': (ctx) => ({ expired: ctx.tokens.expireAll() }),
  settings: (ctx, body) => {
    const maxStreamDurationMs = intField(body, 'maxStreamDurationMs', 1, 86_400_000)
    const tokenLifetimeS = intField(body, 'tokenLifetimeS', 1, 86_400)
    if (maxStreamDurationMs !== undefined) ctx.settings.maxStreamDurationMs = maxStreamDurationMs
    if (tokenLifetimeS !== undefined) ctx.settings.tokenLifetimeS = tokenLifetimeS
    return { ...ctx.settings }
  },
  load: (ctx, body) => {
    if (!ctx.load) throw new HttpError(409, 'not in load mode: start the emulator with --devices and --rate')
    const rate = intField(body, 'rate', 0, 1_000_000)
    if (rate !== undefined) ctx.load.setRate(rate)
    return { rate: ctx.load.rate, devices: ctx.load.devices.length, emitted: ctx.load.emitted }
  },
  reset: (ctx) => {
    ctx.faults.reset()
    ctx.hub.resume()
    resetStats(ctx.stats)
    return { reset: true }
  },
}

/** The fault API under /control (see CONTROL.md); mounted only with `faults: true`. */
export async function handleControl(ctx: EmulatorContext, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  countRequest(ctx.stats, 'control')
  const action = url.pathname.replace(/^\/control\/?/, '').replace(/\/+$/, '')
  if (action === 'stats') {
    if (req.method !== 'GET') throw new HttpError(405, 'use GET', { Allow: 'GET' })
    sendJson(res, 200, stats(ctx))
    return
  }
  const run = POST_ACTIONS[action]
  if (!run) throw new HttpError(404, `no control action "${action}"`)
  if (req.method !== 'POST') throw new HttpError(405, 'use POST', { Allow: 'POST' })
  const body = await readJsonObject(req)
  sendJson(res, 200, { ok: true, ...(run(ctx, body) as object) })
}
