import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { IncomingMessage, ServerResponse } from 'node:http'
import sirv from 'sirv'

/**
 * Serves the built app. Hashed assets are cached for good; index.html never is, so a new build
 * reaches open wall displays on their next reload. Unknown paths get index.html (client routes).
 */
export function createStaticFiles(dir: string) {
  if (!existsSync(join(dir, 'index.html'))) {
    return (_req: IncomingMessage, res: ServerResponse) => {
      res.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8' })
      res.end(`dt-live: no built app in ${dir}. Run "npm run build" (or use "npm start", which builds first).\n`)
    }
  }
  const serve = sirv(dir, {
    single: true,
    etag: true,
    setHeaders(res, pathname) {
      if (pathname.startsWith('/assets/')) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable')
      else res.setHeader('Cache-Control', 'no-cache')
    },
  })
  return (req: IncomingMessage, res: ServerResponse) =>
    serve(req, res, () => {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' })
      res.end('not found\n')
    })
}
