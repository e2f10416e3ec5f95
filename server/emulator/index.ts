import type { IncomingMessage, ServerResponse, Server } from 'node:http'
import type { Device, DeviceEvent, KnownDeviceType } from '../../src/dt'
import { createContext, type EmulatorContext } from './context'
import { addEmulatedDevice } from './emulator-routes'
import { startLoadGenerator } from './load/load-generator'
import { resolveOptions, type EmulatorOptions, type ResolvedOptions, type ServiceAccount } from './options'
import { publishEvent } from './publish'
import { createRequestHandler } from './request-handler'
import { startSimulator } from './simulation/simulator'
import { closeServer, listenStandalone, type Listening } from './standalone-server'
import type { Stats } from './stats'
import { toDevice } from './world'

export { DEMO_CREDENTIALS, OTHER_PROJECT_ID } from './demo-credentials'
export { emulatorOptionsFromEnv } from './env'
export type { Cadence, EmulatorOptions, LoadOptions, ServiceAccount } from './options'
export type { Listening } from './standalone-server'

export interface EmulatorStats extends Stats {
  openStreams: number
}

/** A running DT API emulator. */
export interface Emulator {
  /** Serves the emulator's routes; false for any other path, so a host server can embed it. */
  handle(req: IncomingMessage, res: ServerResponse): boolean
  /** Starts its own HTTP server (port 0 picks a free one). */
  listen(port: number, host?: string): Promise<Listening>
  /** Stops timers, ends every open stream and closes the server it listened on. */
  close(): Promise<void>
  /** Publishes an event as the emulator API would; throws with the 400 message when invalid. */
  publish(deviceId: string, eventType: string, payload: unknown): DeviceEvent
  /** Creates an emulated device in the main project, as `POST …/devices` would. */
  createDevice(type: KnownDeviceType, labels?: Record<string, string>): Device
  /** Devices of the main project in wire shape. */
  devices(): Device[]
  /** An access token as `/oauth2/token` would issue it. */
  issueToken(): string
  openStreamCount(): number
  stats(): EmulatorStats
  readonly projectId: string
  readonly credentials: ServiceAccount
  readonly options: ResolvedOptions
  /** For tests and embedding only: the shared state behind the routes. */
  readonly context: EmulatorContext
}

/**
 * Creates the emulator of DT's REST API, stream, OAuth2 token endpoint and emulator API.
 * @example
 * const emu = createEmulator({ seed: 1 })
 * const { baseUrl } = await emu.listen(0)
 * // GET `${baseUrl}/projects/${emu.projectId}/devices:stream` with Basic auth
 * await emu.close()
 */
export function createEmulator(options: EmulatorOptions = {}): Emulator {
  const opts = resolveOptions(options)
  const ctx = createContext(opts)
  const simulator = opts.simulate ? startSimulator(ctx) : undefined
  const load = opts.load ? startLoadGenerator(ctx, opts.load.devices, opts.load.rate) : undefined
  if (load) ctx.load = load
  const handle = createRequestHandler(ctx)
  let server: Server | undefined
  let closed = false

  const mainProject = () => {
    const p = ctx.world.projects.get(opts.projectId)
    if (!p) throw new Error('main project missing')
    return p
  }

  return {
    handle,
    async listen(port, host = '127.0.0.1') {
      if (server) throw new Error('emulator is already listening')
      const started = await listenStandalone(handle, port, host)
      server = started.server
      return started.info
    },
    async close() {
      if (closed) return
      closed = true
      simulator?.stop()
      load?.stop()
      ctx.hub.endAll()
      if (server) await closeServer(server)
    },
    publish(deviceId, eventType, payload) {
      const device = ctx.world.findDevice(opts.projectId, deviceId) ?? ctx.world.findDevice('-', deviceId)
      if (!device) throw new Error(`device ${deviceId} not found`)
      const result = publishEvent(ctx, device, eventType, payload)
      if (!result.ok) throw new Error(result.message)
      return result.event
    },
    createDevice: (type, labels = {}) => toDevice(addEmulatedDevice(ctx, opts.projectId, type, labels)),
    devices: () => [...mainProject().devices.values()].map(toDevice),
    issueToken: () => ctx.tokens.issue(ctx.settings.tokenLifetimeS),
    openStreamCount: () => ctx.hub.openCount,
    stats: () => ({ ...ctx.stats, openStreams: ctx.hub.openCount }),
    projectId: opts.projectId,
    credentials: opts.serviceAccount,
    options: opts,
    context: ctx,
  }
}
