import { parseDuration } from '../../src/dt'
import { authenticate } from './auth'
import type { EmulatorContext } from './context'
import { parseDeviceFilter, parseEventTypes, type StreamFilter } from './filters'
import { HttpError, nestedErrorBody, sendJson } from './http-io'
import { oneParam } from './query-params'
import { requireProject } from './rest-routes'
import type { RouteArgs } from './route-types'
import { countRequest, countStreamStatus } from './stats'
import type { StreamFormat } from './stream-frames'

/** `ping_interval`/`pingInterval` as a Duration (`10s`, `0.5s`, `500ms`), clamped to the range. */
function pingInterval(ctx: EmulatorContext, q: URLSearchParams): number | undefined {
  const raw = oneParam(q, 'ping_interval')
  if (raw === undefined) return undefined
  const ms = parseDuration(raw)
  if (ms === undefined) throw new HttpError(400, `ping_interval must be a duration such as 10s, 0.5s or 500ms, got "${raw}"`)
  return Math.min(ctx.opts.pingMaxMs, Math.max(ctx.opts.pingMinMs, ms))
}

function streamFilter(ctx: EmulatorContext, q: URLSearchParams): StreamFilter {
  return { ...parseDeviceFilter(q, ctx.opts.labelFilterMode), eventTypes: parseEventTypes(q) }
}

function formatFor(accept: string | undefined): StreamFormat {
  return accept !== undefined && accept.toLowerCase().includes('text/event-stream') ? 'sse' : 'ndjson'
}

/**
 * `GET /projects/{p}/devices:stream`. Every failure before the stream starts answers the nested
 * gRPC-gateway body, since DT's Python client reads `error.code` from it (README §3.4).
 */
export function openStream({ ctx, req, res, url, params }: RouteArgs): void {
  countRequest(ctx.stats, 'stream')
  const fail = (status: number, message: string, headers: Record<string, string> = {}) => {
    countStreamStatus(ctx.stats, status)
    sendJson(res, status, nestedErrorBody(status, message), headers)
  }
  const canned = ctx.faults.takeResponse()
  if (canned) {
    const retry = canned.retryAfter !== undefined && (canned.status === 429 || canned.status === 503)
    fail(canned.status, canned.message ?? `injected ${canned.status}`, retry ? { 'Retry-After': String(canned.retryAfter) } : {})
    return
  }
  const auth = authenticate(req, url, { account: ctx.opts.serviceAccount, tokens: ctx.tokens, allowQueryToken: ctx.opts.allowQueryToken })
  if (!auth.ok) {
    fail(401, auth.message, { 'WWW-Authenticate': 'Bearer, Basic' })
    return
  }
  try {
    if (params.project === '-') throw new HttpError(400, 'the stream needs a project id, not "-"')
    requireProject(ctx, params.project)
    const q = url.searchParams
    const filter = streamFilter(ctx, q)
    const pingMs = pingInterval(ctx, q)
    countStreamStatus(ctx.stats, 200)
    ctx.hub.open(res, {
      projectId: params.project,
      format: formatFor(req.headers.accept),
      filter,
      pingMs,
      maxDurationMs: ctx.settings.maxStreamDurationMs,
    })
  } catch (e) {
    if (!(e instanceof HttpError)) throw e
    fail(e.status, e.message, e.headers)
  }
}
