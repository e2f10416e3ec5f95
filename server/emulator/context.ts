import { createEventIdGenerator } from './ids'
import { deriveSeed, mulberry32, type Rng } from './prng'
import type { ResolvedOptions } from './options'
import { FaultState } from './faults'
import { createStats, type Stats } from './stats'
import { StreamHub } from './stream-hub'
import { TokenStore } from './tokens'
import { World } from './world'
import { OTHER_PROJECT_ID } from './demo-credentials'

/** Settings the fault API may change while running; they apply to new streams and tokens. */
export interface RuntimeSettings {
  maxStreamDurationMs: number
  tokenLifetimeS: number
}

/** Everything a request handler, the simulator and the load generator share. */
export interface EmulatorContext {
  opts: ResolvedOptions
  settings: RuntimeSettings
  now: () => number
  world: World
  hub: StreamHub
  tokens: TokenStore
  faults: FaultState
  stats: Stats
  nextEventId: () => string
  /** Global, growing history sequence: the cursor in event page tokens. */
  nextSeq: () => number
  /** Ids of devices created through the emulator API. */
  idRng: Rng
  /** Load mode's generator, for the control API's rate changes; absent outside load mode. */
  load?: LoadControl
}

/** What the control API may do to a running load generator. */
export interface LoadControl {
  readonly rate: number
  readonly emitted: number
  readonly devices: readonly unknown[]
  setRate(rate: number): void
}

export function createContext(opts: ResolvedOptions): EmulatorContext {
  const now = opts.now
  const stats = createStats()
  const nextEventId = createEventIdGenerator(now, mulberry32(deriveSeed(opts.seed, 0, 1)))
  const world = new World(new Set([opts.projectId]))
  world.addProject({
    id: opts.projectId,
    displayName: opts.projectDisplayName,
    organization: 'organizations/c0dtliveorgan1zat10n0',
    organizationDisplayName: 'Nordlys Foods AS',
    inventory: false,
  })
  if (opts.projectId !== OTHER_PROJECT_ID) {
    world.addProject({
      id: OTHER_PROJECT_ID,
      displayName: 'Another team’s project',
      organization: 'organizations/c0otherorgan1zat10n00',
      organizationDisplayName: 'Someone else',
      inventory: false,
    })
  }
  let seq = 0
  return {
    opts,
    settings: { maxStreamDurationMs: opts.maxStreamDurationMs, tokenLifetimeS: opts.tokenLifetimeS },
    now,
    world,
    hub: new StreamHub({ stats, now, nextEventId, layout: opts.errorFrameLayout, maxBufferedBytes: opts.maxBufferedBytes }),
    tokens: new TokenStore(now),
    faults: new FaultState(),
    stats,
    nextEventId,
    nextSeq: () => ++seq,
    idRng: mulberry32(deriveSeed(opts.seed, 0, 2)),
  }
}
