import { createTokenSource, type TokenSource } from '../auth'
import { createDtRestClient, type DtRestClient } from '../dt'
import {
  createEventBatcher,
  planPrefill,
  runPrefill,
  RetryLater,
  selectVisibleDeviceIds,
  type BatcherStats,
  type DeviceStore,
  type UiStore,
} from '../store'
import { createRateLimiter, createStreamClient, defaultTimers, type StreamClient, type StreamFilters, type StreamStatus } from '../stream'
import type { ClientConfig } from './client-config'
import type { ConnectionSettings, TypedCredentials } from './connection-settings'
import { provideHistoryAccess } from './detail/history-access'
import { collectProjects, type ProjectList } from './project-list'
import { resolveUnknownDevices } from './resolve-unknown-devices'
import type { SessionStore } from './session-state'

export interface SessionDeps {
  config: ClientConfig
  settings: ConnectionSettings
  credentials: TypedCredentials
  devices: DeviceStore
  ui: UiStore
  state: SessionStore
  fetch?: typeof fetch
}

/** The running connection of one tab, started and stopped by the app; framework-free. */
export interface Session {
  start(): void
  stop(): void
  reconnectNow(): void
  /** Counters of the stream and the store batcher, for the performance probe. */
  stats(): { stream: StreamStatus | null; batcher: BatcherStats }
  /** Re-reads token and device list after an auth or configuration error was fixed outside. */
  readonly tokens: TokenSource
  /** Every project the account can see, for switching (through the session's rate limit). */
  listProjects(signal?: AbortSignal): Promise<ProjectList>
}

/** Least time between two store updates from the stream (README, Performance). */
export const STORE_FLUSH_MIN_INTERVAL_MS = 30

/** Unbounded for runPrefill's own pacing: the tab-wide limiter below does the limiting. */
const NO_LOCAL_BUDGET = { requests: 1_000_000, windowMs: 1 }

function streamFiltersOf(ui: UiStore): StreamFilters {
  const f = ui.getState().filters
  return f.serverSide && f.eventTypes.length ? { eventTypes: f.eventTypes } : {}
}

function makeTokens({ settings, credentials, config, fetch }: SessionDeps): TokenSource {
  const deps = fetch ? { fetch } : {}
  switch (settings.authMode) {
    case 'server':
      return createTokenSource({ mode: 'server', url: config.tokenUrl }, deps)
    case 'basic':
      return createTokenSource({ mode: 'basic', keyId: credentials.keyId, secret: credentials.secret }, deps)
    case 'service-account': {
      // Through our own proxy the JWT's audience must still be the identity service's URL.
      const viaProxy = settings.tokenUrl === config.tokenProxyUrl && config.upstreamTokenUrl
      return createTokenSource(
        {
          mode: 'service-account',
          ...credentials,
          tokenUrl: settings.tokenUrl,
          ...(viaProxy ? { audience: config.upstreamTokenUrl } : {}),
        },
        deps,
      )
    }
  }
}

async function loadDevices(rest: DtRestClient, deps: SessionDeps, signal: AbortSignal): Promise<boolean> {
  const { devices, settings } = deps
  let pageToken: string | undefined
  do {
    const page = await rest.listDevicesPage(settings.projectId, { pageSize: 1000, ...(pageToken ? { pageToken } : {}) }, signal)
    if (signal.aborted) return false
    if (!page.ok) {
      devices.getState().setDevicesError(`Could not list devices: ${page.error.message} (HTTP ${page.error.status})`)
      return false
    }
    pageToken = page.value.nextPageToken || undefined
    devices.getState().addDevicesPage(page.value.items, { last: !pageToken })
  } while (pageToken)
  return true
}

/**
 * Wires one connection: token source → REST client and stream → batcher → device store, the
 * device list and history prefill, and the tab-wide rate limit DT sets (25 requests per 5 s).
 */
export function createSession(deps: SessionDeps): Session {
  const { settings, devices, ui, state } = deps
  const tokens = makeTokens(deps)
  const rest = createDtRestClient({
    baseUrl: settings.apiBaseUrl,
    authorization: (fresh) => tokens.getAuthorization({ fresh }),
    ...(deps.fetch ? { fetch: deps.fetch } : {}),
  })
  const limiter = createRateLimiter({ timers: defaultTimers })
  const abort = new AbortController()
  // At most every other frame: each apply re-renders the visible cards and the log (~6 ms of
  // style, layout and paint with 32 cards), and 30 updates a second read as live as 60. Profile at
  // 5,000 events/s: main thread 81 % busy flushing every frame, 58 % at this pace.
  const batcher = createEventBatcher({ minIntervalMs: STORE_FLUSH_MIN_INTERVAL_MS, apply: (events) => devices.getState().applyBatch(events, 'stream') })
  let stream: StreamClient | undefined
  const cleanups: Array<() => void> = []

  function startStream(): StreamClient {
    return createStreamClient({
      baseUrl: settings.apiBaseUrl,
      projectId: settings.projectId,
      filters: streamFiltersOf(ui),
      pingIntervalMs: settings.pingIntervalS * 1000,
      pingJitterMs: settings.watchdogMarginS * 1000,
      maxAttemptsWithoutEvent: settings.giveUpAfter,
      pauseWhenHidden: settings.pauseWhenHidden,
      getAuthorization: (o) => tokens.getAuthorization(o),
      ...(deps.fetch ? { fetch: deps.fetch } : {}),
      rateLimiter: limiter,
      // The store batcher above already coalesces into frames; the client's own 50 ms batching
      // on top only added latency (event → paint p50 54 ms before, README Performance).
      batch: { intervalMs: 0 },
      onEvents: (events, origin) => {
        if (origin === 'stream') batcher.push(events)
        else devices.getState().applyBatch(events, 'history')
      },
      onStatus: (status) => state.setState({ stream: status }),
      fetchHistory: async (id, q, signal) => rest.listEventsPage(settings.projectId, id, { ...q, pageSize: 1000 }, signal),
      devicesForGapFill: () => selectVisibleDeviceIds(devices.getState(), ui.getState().filters),
    })
  }

  async function prefill(): Promise<void> {
    const records = Object.values(devices.getState().devices)
    const priority = selectVisibleDeviceIds(devices.getState(), ui.getState().filters)
    const plan = planPrefill(records, { now: Date.now(), windowMinutes: ui.getState().settings.historyMinutes, priority })
    await runPrefill({
      plan,
      budget: NO_LOCAL_BUDGET,
      signal: abort.signal,
      applyBatch: (events, origin) => devices.getState().applyBatch(events, origin),
      onProgress: (p) => devices.getState().setHistoryProgress(p),
      fetchPage: async (item, range, pageToken) => {
        await limiter.acquire(abort.signal, 'background')
        const page = await rest.listEventsPage(
          item.projectId,
          item.deviceId,
          { eventTypes: [...item.eventTypes], ...range, pageSize: 1000, ...(pageToken ? { pageToken } : {}) },
          abort.signal,
        )
        if (page.ok) return { events: page.value.items, nextPageToken: page.value.nextPageToken }
        if (page.error.status === 429) throw new RetryLater(5000)
        throw new Error(page.error.message)
      },
    })
  }

  async function loadProject(): Promise<void> {
    const r = await rest.getProject(settings.projectId, abort.signal)
    if (abort.signal.aborted) return
    if (r.ok) state.setState({ project: { id: r.value.id, displayName: r.value.displayName, organization: r.value.organizationDisplayName }, projectError: null })
    else state.setState({ projectError: `${r.error.message} (HTTP ${r.error.status})` })
  }

  return {
    tokens,
    start() {
      if (stream) return
      state.setState({ token: tokens.getState() })
      cleanups.push(provideHistoryAccess({ projectId: settings.projectId, rest, limiter, signal: abort.signal }))
      cleanups.push(tokens.subscribe(() => state.setState({ token: tokens.getState() })))
      stream = startStream()
      stream.start()
      const onVisibility = () => {
        batcher.setVisible(document.visibilityState !== 'hidden')
        state.setState({ droppedWhileHidden: batcher.stats().dropped })
      }
      document.addEventListener('visibilitychange', onVisibility)
      cleanups.push(() => document.removeEventListener('visibilitychange', onVisibility))
      cleanups.push(
        ui.subscribe((now, prev) => {
          if (now.filters === prev.filters) return
          const next = streamFiltersOf(ui)
          const before = prev.filters.serverSide && prev.filters.eventTypes.length ? prev.filters.eventTypes.join() : ''
          if ((next.eventTypes ?? []).join() !== before) stream?.setFilters(next)
        }),
      )
      cleanups.push(resolveUnknownDevices(devices, rest, settings.projectId, limiter, abort.signal))
      void loadProject()
      void loadDevices(rest, deps, abort.signal).then((ok) => (ok ? prefill() : undefined))
    },
    stop() {
      abort.abort()
      stream?.stop()
      stream = undefined
      batcher.dispose()
      for (const c of cleanups.splice(0)) c()
      tokens.dispose()
    },
    reconnectNow() {
      tokens.invalidate()
      stream?.reconnectNow()
    },
    stats: () => ({ stream: stream?.getStatus() ?? null, batcher: batcher.stats() }),
    listProjects: (signal) =>
      collectProjects(async (pageToken) => {
        await limiter.acquire(signal, 'interactive')
        return rest.listProjects(pageToken ? { pageToken } : {}, signal)
      }),
  }
}
