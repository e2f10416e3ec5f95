import http, { type IncomingMessage, type ServerResponse } from 'node:http'
import https from 'node:https'

/** Request headers worth forwarding; cookies and the browser's host never leave this server. */
const FORWARD_REQUEST = ['authorization', 'accept', 'content-type', 'cache-control', 'last-event-id', 'user-agent']
/** Hop-by-hop headers (RFC 9110 §7.6.1) are not copied back. */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'proxy-connection', 'te', 'trailer'])

export interface ApiProxyOptions {
  /** Path prefix on this server, e.g. `/api/v2`. */
  prefix: string
  /** Upstream base, e.g. `https://api.disruptive-technologies.com/v2`; may be a function for late binding. */
  target: string | (() => string)
}

function sendError(res: ServerResponse, status: number, message: string): void {
  if (res.headersSent) {
    res.destroy()
    return
  }
  res.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' })
  res.end(JSON.stringify({ error: { code: status, message, details: [] } }))
}

/**
 * Proxies `prefix/*` to the DT API so the browser needs no CORS from DT. Streams pass through
 * unbuffered (headers flushed at once, Nagle off, no compression), an abrupt upstream drop stays
 * abrupt for the browser, and a browser that leaves closes the upstream request.
 */
export function createApiProxy(options: ApiProxyOptions) {
  const targetOf = typeof options.target === 'function' ? options.target : () => options.target as string

  return function handle(req: IncomingMessage, res: ServerResponse): boolean {
    const url = req.url ?? '/'
    if (url !== options.prefix && !url.startsWith(`${options.prefix}/`) && !url.startsWith(`${options.prefix}?`)) return false

    let upstream: URL
    try {
      upstream = new URL(targetOf().replace(/\/+$/, '') + url.slice(options.prefix.length))
    } catch {
      sendError(res, 500, 'the API URL is not configured correctly')
      return true
    }
    const headers: Record<string, string> = {}
    for (const name of FORWARD_REQUEST) {
      const v = req.headers[name]
      if (typeof v === 'string') headers[name] = v
    }
    if (req.headers['content-length']) headers['content-length'] = req.headers['content-length']
    // Compressed streams are buffered by zlib in most stacks; ask for identity.
    headers['accept-encoding'] = 'identity'

    const client = upstream.protocol === 'https:' ? https : http
    const upstreamReq = client.request(upstream, { method: req.method, headers }, (upstreamRes) => {
      const out: Record<string, string | string[]> = {}
      for (const [name, value] of Object.entries(upstreamRes.headers)) {
        if (value !== undefined && !HOP_BY_HOP.has(name)) out[name] = value
      }
      const streaming = String(upstreamRes.headers['content-type'] ?? '').startsWith('text/event-stream') || upstream.pathname.endsWith(':stream')
      if (streaming) {
        out['cache-control'] = 'no-cache, no-transform'
        out['x-accel-buffering'] = 'no'
        req.socket.setNoDelay(true)
      }
      res.writeHead(upstreamRes.statusCode ?? 502, out)
      if (streaming) res.flushHeaders()
      upstreamRes.on('data', (chunk: Buffer) => {
        res.write(chunk)
      })
      upstreamRes.on('end', () => res.end())
      // An upstream that dies mid-body must look dead to the browser too, not like a clean end.
      upstreamRes.on('aborted', () => res.destroy())
      upstreamRes.on('error', () => res.destroy())
    })
    upstreamReq.on('error', (e) => sendError(res, 502, `the DT API at ${upstream.origin} is unreachable (${(e as NodeJS.ErrnoException).code ?? e.message})`))
    res.on('close', () => {
      if (!res.writableFinished) upstreamReq.destroy()
    })
    req.pipe(upstreamReq)
    return true
  }
}
