import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { restErrorBody, sendJson } from './http-io'

export interface Listening {
  port: number
  baseUrl: string
  tokenUrl: string
}

/** The emulator on its own port: its routes, `GET /health`, and a JSON 404 for everything else. */
export async function listenStandalone(
  handle: (req: IncomingMessage, res: ServerResponse) => boolean,
  port: number,
  host: string,
): Promise<{ server: Server; info: Listening }> {
  const server = createServer((req, res) => {
    try {
      if (handle(req, res)) return
      if (req.url === '/health' && (req.method === 'GET' || req.method === 'HEAD')) sendJson(res, 200, { ok: true })
      else sendJson(res, 404, restErrorBody(404, `no route ${req.url ?? ''}`))
    } catch (e) {
      console.error('emulator: request failed', e)
      sendJson(res, 500, restErrorBody(500, 'internal error'))
    }
  })
  // Streams last up to an hour; Node's default timeouts would cut them or idle keep-alives early.
  server.requestTimeout = 0
  server.keepAliveTimeout = 65_000
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const address = server.address() as AddressInfo
  const shownHost = host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? '127.0.0.1' : host
  const origin = `http://${shownHost}:${address.port}`
  return { server, info: { port: address.port, baseUrl: `${origin}/v2`, tokenUrl: `${origin}/oauth2/token` } }
}

export function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve())
    server.closeAllConnections()
  })
}
