import type { IncomingMessage, ServerResponse } from 'node:http'
import type { EmulatorContext } from './context'

export interface RouteArgs {
  ctx: EmulatorContext
  req: IncomingMessage
  res: ServerResponse
  url: URL
  params: { project: string; device: string }
}

export type RouteHandler = (args: RouteArgs) => void | Promise<void>
