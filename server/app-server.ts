import type { IncomingMessage, ServerResponse } from 'node:http'
import { createApiProxy } from './api-proxy'
import type { ServerConfig } from './config'
import { createEmulator } from './emulator'
import { DEMO_CREDENTIALS } from './emulator/demo-credentials'
import { createStaticFiles } from './static-files'
import { createTokenBroker } from './token-broker'

/** What the browser learns about this server at start-up; never a secret. */
export interface ClientConfig {
  projectId: string
  apiBaseUrl: string
  tokenUrl: string
  /** Same-origin path forwarding to the identity service, for the in-browser service-account mode. */
  tokenProxyUrl: string
  source: 'emulator' | 'remote'
  upstreamApiUrl: string
  /** The identity service behind tokenProxyUrl: the audience of in-browser JWT assertions. */
  upstreamTokenUrl: string
}

type Handler = (req: IncomingMessage, res: ServerResponse) => boolean

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' })
  res.end(JSON.stringify(body))
}

/**
 * dt-live's server side: the embedded emulator (when no credentials are configured), the token
 * broker holding the service account, the same-origin API proxy and the built app.
 * `selfPort` is where this server listens, so the proxy can reach the embedded emulator.
 */
export function createAppServer(config: ServerConfig, selfPort: () => number, options: { serveStatic?: boolean } = {}) {
  const embedded = config.mode === 'emulator'
  const emulator = embedded ? createEmulator({ seed: config.emulatorSeed }) : undefined
  const account = embedded ? DEMO_CREDENTIALS : config.serviceAccount
  const projectId = embedded ? DEMO_CREDENTIALS.projectId : config.projectId
  const apiUrl = () => (embedded ? `http://127.0.0.1:${selfPort()}/v2` : config.apiUrl)
  const tokenUrl = () => (embedded ? `http://127.0.0.1:${selfPort()}/oauth2/token` : config.tokenUrl)

  const broker = account
    ? createTokenBroker({ tokenUrl: tokenUrl, keyId: account.keyId, secret: account.secret, email: account.email })
    : undefined

  const clientConfig = (): ClientConfig => ({
    projectId,
    apiBaseUrl: '/api/v2',
    tokenUrl: '/auth/token',
    tokenProxyUrl: '/api/oauth2/token',
    source: embedded ? 'emulator' : 'remote',
    upstreamApiUrl: apiUrl(),
    upstreamTokenUrl: tokenUrl(),
  })

  const handlers: Handler[] = [
    (req, res) => {
      const path = (req.url ?? '/').split('?')[0]
      if (path === '/health') {
        sendJson(res, 200, { ok: true, mode: config.mode })
        return true
      }
      if (path === '/app-config.json') {
        sendJson(res, 200, clientConfig())
        return true
      }
      return false
    },
    ...(emulator ? [(req: IncomingMessage, res: ServerResponse) => emulator.handle(req, res)] : []),
    ...(broker ? [(req: IncomingMessage, res: ServerResponse) => broker.handle(req, res)] : []),
    createApiProxy({ prefix: '/api/v2', target: apiUrl }),
    createApiProxy({ prefix: '/api/oauth2/token', target: tokenUrl }),
  ]
  const staticFiles = options.serveStatic === false ? undefined : createStaticFiles(config.staticDir)

  return {
    clientConfig,
    /** Handles a request; calls `next` (or serves the app) when no route matches. */
    handle(req: IncomingMessage, res: ServerResponse, next?: () => void): void {
      res.setHeader('X-Content-Type-Options', 'nosniff')
      res.setHeader('Referrer-Policy', 'no-referrer')
      try {
        for (const h of handlers) if (h(req, res)) return
      } catch (e) {
        sendJson(res, 500, { error: { code: 500, message: e instanceof Error ? e.message : 'internal error', details: [] } })
        return
      }
      if (next) next()
      else if (staticFiles) staticFiles(req, res)
      else sendJson(res, 404, { error: { code: 404, message: 'not found', details: [] } })
    },
    async close(): Promise<void> {
      await emulator?.close()
    },
  }
}
