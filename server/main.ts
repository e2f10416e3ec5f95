import http from 'node:http'
import { fileURLToPath } from 'node:url'
import { createAppServer } from './app-server'
import { readServerConfig } from './config'

// DT_LIVE_STATIC_DIR lets parallel test runs serve their own build.
const staticDir = process.env.DT_LIVE_STATIC_DIR ?? fileURLToPath(new URL('../dist', import.meta.url))
const { config, problems, warnings } = readServerConfig(process.env, { staticDir })
for (const w of warnings) console.warn(`dt-live: warning: ${w}`)
if (problems.length) {
  console.error(`dt-live: cannot start:\n${problems.map((p) => `  - ${p}`).join('\n')}`)
  process.exit(2)
}

let port = config.port
const app = createAppServer(config, () => port)
const server = http.createServer((req, res) => app.handle(req, res))
// Streams are long-lived; Node's default request timeouts would cut them.
server.requestTimeout = 0
server.headersTimeout = 60_000
server.keepAliveTimeout = 65_000

server.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EADDRINUSE') console.error(`dt-live: port ${config.port} is in use; set PORT to another port (e.g. PORT=8081 npm start)`)
  else console.error(`dt-live: server error: ${e.message}`)
  process.exit(1)
})

server.listen(config.port, config.host, () => {
  const address = server.address()
  if (address && typeof address === 'object') port = address.port
  const shown = config.host === '127.0.0.1' || config.host === '0.0.0.0' ? 'localhost' : config.host
  console.log(`dt-live: dashboard at http://${shown}:${port}`)
  if (config.mode === 'emulator') {
    console.log(`dt-live: no DT credentials set, using the built-in emulator (API http://127.0.0.1:${port}/v2)`)
  } else {
    console.log(`dt-live: project ${config.projectId} at ${config.apiUrl}; tokens from ${config.tokenUrl} (the secret stays on this server)`)
  }
})

function shutdown(): void {
  server.close()
  server.closeAllConnections()
  void app.close().then(() => process.exit(0))
}
process.on('SIGINT', shutdown)
process.on('SIGTERM', shutdown)
