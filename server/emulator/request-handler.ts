import type { IncomingMessage, ServerResponse } from 'node:http'
import { authenticate } from './auth'
import type { EmulatorContext } from './context'
import { handleControl } from './control-routes'
import { HttpError, answerPreflight, applyCors, nestedErrorBody, restErrorBody, sendJson } from './http-io'
import { countRequest } from './stats'
import { handleTokenRequest } from './token-endpoint'
import { matchV2 } from './v2-router'

type Area = 'v2' | 'token' | 'control'

function areaOf(pathname: string, faults: boolean): Area | undefined {
  if (pathname === '/v2' || pathname.startsWith('/v2/')) return 'v2'
  if (pathname === '/oauth2/token') return 'token'
  if (faults && (pathname === '/control' || pathname.startsWith('/control/'))) return 'control'
  return undefined
}

async function handleV2(ctx: EmulatorContext, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  const match = matchV2(url.pathname)
  if (!match) {
    countRequest(ctx.stats, 'other')
    throw new HttpError(404, `no route ${url.pathname}`)
  }
  const route = match.methods[req.method ?? 'GET']
  if (!route) {
    countRequest(ctx.stats, 'other')
    throw new HttpError(405, `method ${req.method ?? ''} not allowed`, { Allow: Object.keys(match.methods).join(', ') })
  }
  const args = { ctx, req, res, url, params: match.params }
  if (match.stream) return route.handler(args)
  countRequest(ctx.stats, route.kind)
  const auth = authenticate(req, url, { account: ctx.opts.serviceAccount, tokens: ctx.tokens, allowQueryToken: false })
  if (!auth.ok) throw new HttpError(401, auth.message, { 'WWW-Authenticate': 'Bearer, Basic' })
  await route.handler(args)
}

function writeError(res: ServerResponse, area: Area, stream: boolean, e: HttpError): void {
  if (area === 'token' && e.status < 500) {
    sendJson(res, e.status, { error: 'invalid_request', error_description: e.message }, e.headers)
    return
  }
  const body = stream ? nestedErrorBody(e.status, e.message) : restErrorBody(e.status, e.message)
  sendJson(res, e.status, body, e.headers)
}

async function run(ctx: EmulatorContext, area: Area, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  try {
    if (area === 'token') {
      countRequest(ctx.stats, 'token')
      await handleTokenRequest(req, res, url, {
        account: ctx.opts.serviceAccount,
        tokens: ctx.tokens,
        lifetimeS: () => ctx.settings.tokenLifetimeS,
        now: ctx.now,
      })
    } else if (area === 'control') await handleControl(ctx, req, res, url)
    else await handleV2(ctx, req, res, url)
  } catch (e) {
    const stream = url.pathname.endsWith('devices:stream')
    if (e instanceof HttpError) writeError(res, area, stream, e)
    else {
      console.error('emulator: request failed', req.method, url.pathname, e)
      writeError(res, area, stream, new HttpError(500, 'internal error'))
    }
  }
}

/**
 * The emulator's request entry. Returns false for paths it does not own, so a host server can
 * serve its own routes on the same port.
 */
export function createRequestHandler(ctx: EmulatorContext): (req: IncomingMessage, res: ServerResponse) => boolean {
  return (req, res) => {
    let url: URL
    try {
      url = new URL(req.url ?? '/', 'http://emulator.local')
    } catch {
      return false
    }
    const area = areaOf(url.pathname, ctx.opts.faults)
    if (!area) return false
    if (ctx.opts.cors) applyCors(res)
    if (req.method === 'OPTIONS') {
      answerPreflight(req, res)
      return true
    }
    void run(ctx, area, req, res, url)
    return true
  }
}
