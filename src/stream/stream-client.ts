import { browserEnvironment, defaultTimers } from './browser-environment'
import type { StreamClient, StreamClientDeps } from './client-types'
import { createConnectionLoop } from './connection-loop'
import { createEventIntake } from './event-intake'
import { createGapCoordinator } from './gap-coordinator'
import { createRateLimiter } from './rate-limiter'
import { createStatusPublisher } from './status-publisher'
import { buildStreamUrl } from './stream-url'
import type { EnvironmentChange, StreamFilters } from './types'

/**
 * Creates the live stream client of one project: one request at a time, its own retry loop,
 * watchdog, give-up, pause, batching, dedupe and backfill. Framework-free; React binds it.
 * @example
 * const client = createStreamClient({
 *   baseUrl: '/api/v2', projectId,
 *   getAuthorization: (options) => tokenSource.getAuthorization(options),
 *   onEvents: (events, origin) => store.getState().applyBatch(events, origin),
 *   onStatus: (status) => store.getState().setStreamStatus(status),
 *   fetchHistory: (id, q, signal) => rest.listEventsPage(projectId, id, { ...q, pageSize: 1000 }, signal),
 *   devicesForGapFill: () => selectShownDeviceIds(store.getState()),
 * })
 * client.start() // in an effect, with `return () => client.stop()`
 */
export function createStreamClient(deps: StreamClientDeps): StreamClient {
  const timers = deps.timers ?? defaultTimers
  const random = deps.random ?? Math.random
  const env = deps.environment ?? browserEnvironment()
  const pingIntervalMs = deps.pingIntervalMs ?? 10_000
  const maxAttempts = deps.maxAttemptsWithoutEvent ?? 5
  let filters: StreamFilters = { ...deps.filters }
  let running = false
  let unsubscribe: (() => void) | undefined

  const publisher = createStatusPublisher({ maxAttempts, timers, onStatus: (status) => deps.onStatus?.(status) })
  const s = publisher.draft
  const intake = createEventIntake({ publisher, timers, onEvents: deps.onEvents, ...(deps.batch ? { batch: deps.batch } : {}), ...(deps.dedupeCapacity ? { dedupeCapacity: deps.dedupeCapacity } : {}) })
  const gaps = createGapCoordinator({
    ...deps.gapFill,
    fetchHistory: deps.fetchHistory,
    rateLimiter: deps.rateLimiter ?? createRateLimiter({ timers }),
    timers,
    random,
    devices: () => deps.devicesForGapFill?.() ?? filters.deviceIds ?? [],
    accept: () => {
      const types = filters.eventTypes?.length ? new Set(filters.eventTypes) : undefined
      return types && ((e) => types.has(e.eventType === 'unknown' ? e.rawEventType : e.eventType))
    },
    deliver: intake.history,
    progress: (gapFill) => {
      s.gapFill = gapFill
      if (gapFill.state === 'running') publisher.touched()
      else publisher.changed()
    },
  })
  const loop = createConnectionLoop({
    url: () => buildStreamUrl(deps.baseUrl, deps.projectId, filters, pingIntervalMs),
    fetch: deps.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    getAuthorization: deps.getAuthorization,
    timers,
    random,
    environment: env,
    backoff: deps.backoff,
    watchdogMs: pingIntervalMs + (deps.pingJitterMs ?? 2000),
    maxAttempts,
    publisher,
    intake,
    gaps,
  })

  function onEnvironment(change: EnvironmentChange) {
    if (!running) return
    // Hidden tabs' timers are throttled; deliver what piled up the moment the user looks.
    if (change === 'visible') intake.flush()
    const state = s.state
    if (change === 'hidden' && deps.pauseWhenHidden) {
      if (state === 'connecting' || state === 'live' || state === 'reconnecting' || state === 'offline') loop.halt('paused')
      return
    }
    if (deps.pauseWhenHidden && !env.isVisible()) return
    if (change === 'visible' && (state === 'paused' || state === 'offline')) return loop.restart()
    if (change === 'online' && (state === 'offline' || loop.waiting)) return loop.restart()
    if (change === 'offline' && loop.waiting) {
      s.lastError = { kind: 'browser-offline', message: 'the browser is offline' }
      loop.halt('offline')
    }
  }

  return {
    start() {
      if (running) return
      running = true
      unsubscribe = env.subscribe(onEnvironment)
      if (deps.pauseWhenHidden && !env.isVisible()) return loop.halt('paused')
      loop.restart()
    },
    stop() {
      if (!running) return
      running = false
      unsubscribe?.()
      unsubscribe = undefined
      gaps.reset()
      intake.flush()
      // Aborting is silent in the library (#19, #100): 'stopped' is ours to publish.
      loop.halt('stopped')
    },
    reconnectNow() {
      if (!running) return
      loop.drop(true)
      loop.restart(s.state === 'auth-error')
    },
    setFilters(next) {
      filters = { ...next }
      if (!running) return
      // New filters mean other devices: the app loads their history; no backfill of the old set.
      gaps.reset()
      loop.drop(false)
      if (s.state !== 'paused') loop.restart()
    },
    getStatus: publisher.get,
  }
}
