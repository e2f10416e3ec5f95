import type { ErrorFrameLayout } from '../../src/dt'
import { DEMO_CREDENTIALS } from './demo-credentials'

export interface ServiceAccount {
  keyId: string
  secret: string
  email: string
}

/** How often the demo project's sensors speak: accelerated well beyond DT's ~15 min heartbeats. */
export interface Cadence {
  /** The simulator's one timer; every device is checked on each tick. */
  tickMs: number
  /** Heartbeat of temperature sensors (each carries `samplesPerHeartbeat` samples). */
  temperatureMs: number
  /** Heartbeat of humidity and CO2 sensors. */
  climateMs: number
  /** Heartbeat of counters, water detectors and the networkStatus-only heartbeats of state sensors. */
  statusMs: number
  /** Mean time between state changes of proximity, contact, motion and desk sensors, and touches. */
  stateChangeMs: number
  /** Cloud connector status reports. */
  cconMs: number
  /** Battery reports (rare, as on real sensors). */
  batteryMs: number
  samplesPerHeartbeat: number
}

export interface LoadOptions {
  devices: number
  /** Events per second over all devices. */
  rate: number
}

export interface EmulatorOptions {
  projectId?: string
  projectDisplayName?: string
  serviceAccount?: ServiceAccount
  tokenLifetimeS?: number
  maxStreamDurationMs?: number
  /** Enables the /control fault API. */
  faults?: boolean
  seed?: number
  /** Fills the project with the demo facility and keeps it talking. */
  simulate?: boolean
  cadence?: Partial<Cadence>
  /** Load mode: replaces the demo facility with many devices at a fixed total event rate. */
  load?: LoadOptions
  errorFrameLayout?: ErrorFrameLayout
  /** Accept `?token=<access token>` on the stream (README §10 point 1, an emulator extension). */
  allowQueryToken?: boolean
  pingMinMs?: number
  pingMaxMs?: number
  defaultPageSize?: number
  maxPageSize?: number
  /** How several label filters combine (README §10 point 9). */
  labelFilterMode?: 'and' | 'or'
  historyWindowMs?: number
  /** Events kept per device; the oldest go first. */
  historyCap?: number
  /** Spacing of the prefilled 24 h history of analog sensors. */
  prefillSpacingMs?: number
  cors?: boolean
  /** A stream whose unsent bytes exceed this is cut off (slow reader). */
  maxBufferedBytes?: number
  now?: () => number
}

export type ResolvedOptions = Required<Omit<EmulatorOptions, 'load' | 'cadence'>> & {
  load: LoadOptions | undefined
  cadence: Cadence
}

export const DEFAULT_CADENCE: Cadence = {
  tickMs: 250,
  temperatureMs: 5_000,
  climateMs: 10_000,
  statusMs: 30_000,
  stateChangeMs: 20_000,
  cconMs: 60_000,
  batteryMs: 600_000,
  samplesPerHeartbeat: 3,
}

/** A stable default seed keeps device ids the same across restarts, so links keep working. */
export const DEFAULT_SEED = 20250311

export function resolveOptions(o: EmulatorOptions): ResolvedOptions {
  const projectId = o.projectId ?? DEMO_CREDENTIALS.projectId
  const load = o.load && o.load.devices > 0 ? o.load : undefined
  return {
    projectId,
    projectDisplayName: o.projectDisplayName ?? 'Demo facility · Oslo',
    serviceAccount: o.serviceAccount ?? {
      keyId: DEMO_CREDENTIALS.keyId,
      secret: DEMO_CREDENTIALS.secret,
      email: DEMO_CREDENTIALS.email,
    },
    tokenLifetimeS: o.tokenLifetimeS ?? 3600,
    maxStreamDurationMs: o.maxStreamDurationMs ?? 3_600_000,
    faults: o.faults ?? false,
    seed: o.seed ?? DEFAULT_SEED,
    simulate: load ? false : (o.simulate ?? true),
    cadence: { ...DEFAULT_CADENCE, ...o.cadence },
    load,
    errorFrameLayout: o.errorFrameLayout ?? 'code',
    allowQueryToken: o.allowQueryToken ?? true,
    pingMinMs: o.pingMinMs ?? 100,
    pingMaxMs: o.pingMaxMs ?? 300_000,
    defaultPageSize: o.defaultPageSize ?? 100,
    maxPageSize: o.maxPageSize ?? 1000,
    labelFilterMode: o.labelFilterMode ?? 'and',
    historyWindowMs: o.historyWindowMs ?? 24 * 3_600_000,
    historyCap: o.historyCap ?? (load ? 4 : 5000),
    prefillSpacingMs: o.prefillSpacingMs ?? 60_000,
    cors: o.cors ?? true,
    maxBufferedBytes: o.maxBufferedBytes ?? 16 * 1024 * 1024,
    now: o.now ?? Date.now,
  }
}
