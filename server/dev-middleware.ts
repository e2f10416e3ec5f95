import type { IncomingMessage, ServerResponse } from 'node:http'

/** The server side mounted into Vite's dev server. Filled in with the app server. */
export async function createDevServerSide(_port: number) {
  return {
    handle(_req: IncomingMessage, _res: ServerResponse, next: () => void) {
      next()
    },
    async close() {},
  }
}
