import type { IncomingMessage, ServerResponse } from 'node:http'
import { createAppServer } from './app-server'
import { readServerConfig } from './config'

/** The same server side as `npm start`, mounted into Vite's dev server (`npm run dev`). */
export async function createDevServerSide(port: number) {
  const { config, problems, warnings } = readServerConfig(process.env, { port, staticDir: '' })
  for (const w of warnings) console.warn(`dt-live: warning: ${w}`)
  if (problems.length) throw new Error(`dt-live: cannot start:\n${problems.map((p) => `  - ${p}`).join('\n')}`)
  const app = createAppServer(config, () => port, { serveStatic: false })
  return {
    handle(req: IncomingMessage, res: ServerResponse, next: () => void) {
      app.handle(req, res, next)
    },
    close: () => app.close(),
  }
}
