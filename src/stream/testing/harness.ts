import type { DtEvent } from '../../dt'
import type { StreamClientDeps } from '../client-types'
import { createStreamClient } from '../stream-client'
import type { EventOrigin, StreamStatus } from '../types'
import { createFakeClock } from './fake-clock'
import { createFakeEnvironment } from './fake-environment'
import { createFakeSse } from './fake-sse'
import { PROJECT } from './wire'

/** A stream client on fakes: clock, server, environment, token source and consumers. */
export function setupClient(overrides: Partial<StreamClientDeps> = {}, env: { visible?: boolean; online?: boolean } = {}) {
  const clock = createFakeClock()
  const server = createFakeSse()
  const environment = createFakeEnvironment(env)
  const statuses: StreamStatus[] = []
  const batches: Array<{ events: DtEvent[]; origin: EventOrigin }> = []
  const authCalls: boolean[] = []
  const staleValues: Array<string | undefined> = []
  let token = 0
  const client = createStreamClient({
    baseUrl: '/api/v2',
    projectId: PROJECT,
    getAuthorization: async ({ fresh, stale }) => {
      authCalls.push(fresh)
      staleValues.push(stale)
      return `Bearer t${++token}`
    },
    fetch: server.fetch,
    timers: clock.timers,
    random: () => 0.5,
    environment: environment.environment,
    onEvents: (events, origin) => void batches.push({ events, origin }),
    onStatus: (status) => void statuses.push(status),
    ...overrides,
  })
  return {
    client,
    clock,
    server,
    environment,
    statuses,
    batches,
    authCalls,
    staleValues,
    /** Stream events delivered so far, by id. */
    delivered: (origin?: EventOrigin) => batches.filter((b) => !origin || b.origin === origin).flatMap((b) => b.events.map((e) => e.eventId)),
    states: () => statuses.map((s) => s.state).filter((s, i, all) => i === 0 || all[i - 1] !== s),
  }
}

/** The harness handle. */
export type ClientHarness = ReturnType<typeof setupClient>
