import type { Result, StreamMessage } from '../dt'
import { classifyFailure, type AttemptFailure, type RetryAction } from './classify'
import type { EventIntake } from './event-intake'
import type { GapCoordinator } from './gap-coordinator'
import { planRetry } from './retry-policy'
import { runSseAttempt } from './sse-transport'
import type { StatusPublisher } from './status-publisher'
import { createDeadline, createTimerSlot } from './timer-slot'
import type { StreamEnvironment, StreamState, StreamTimers } from './types'

/** The retry state machine: at most one attempt in flight, one retry timer, one watchdog. */
export interface ConnectionLoop {
  /** Connects now with a reset attempt counter; `fresh` asks for a new token. */
  restart(fresh?: boolean): void
  /** Ends the attempt in flight; `gap` marks the time since the last event for backfill. */
  drop(gap: boolean): void
  /** Enters a state without request or timers (offline, paused, errors, stopped). */
  halt(state: StreamState): void
  /** True while waiting for the retry timer, with no request open. */
  readonly waiting: boolean
}

interface Attempt {
  controller: AbortController
  gotData: boolean
  /** The watchdog's verdict on this attempt, made once so each message does not allocate it. */
  onSilence: () => void
  /** The header value this attempt sent, passed as `stale` when it earns a 401. */
  authorization?: string
}

/** Wires one attempt after another through the transport and `classifyFailure`. */
export function createConnectionLoop(o: {
  url: () => string
  fetch: typeof fetch
  getAuthorization: (options: { fresh: boolean; stale?: string }) => Promise<string>
  timers: StreamTimers
  random: () => number
  environment: StreamEnvironment
  backoff: { baseMs?: number; maxMs?: number } | undefined
  watchdogMs: number
  maxAttempts: number
  publisher: StatusPublisher
  intake: EventIntake
  gaps: GapCoordinator
}): ConnectionLoop {
  const s = o.publisher.draft
  const retry = createTimerSlot(o.timers)
  const watchdog = createDeadline(o.timers)
  let current: Attempt | undefined
  let failures = 0
  let authRetried = false

  function halt(state: StreamState) {
    retry.clear()
    o.intake.measure(false)
    s.state = state
    s.nextRetryAt = undefined
    o.publisher.changed()
  }

  function drop(gap: boolean) {
    const a = current
    if (!a) return
    current = undefined
    watchdog.clear()
    a.controller.abort()
    if (gap && a.gotData) o.gaps.markGap()
  }

  // Armed before the request too: a fetch that never answers is as silent as a dead stream.
  const armWatchdog = (a: Attempt) => watchdog.extend(o.watchdogMs, a.onSilence)

  function connect(fresh = false, stale?: string) {
    retry.clear()
    if (current) return
    if (!o.environment.isOnline()) {
      s.lastError = { kind: 'browser-offline', message: 'the browser is offline' }
      return halt('offline')
    }
    const a: Attempt = { controller: new AbortController(), gotData: false, onSilence: () => fail(a, { kind: 'watchdog', silentMs: o.watchdogMs }) }
    current = a
    s.state = failures === 0 ? 'connecting' : 'reconnecting'
    s.attempt = failures
    s.nextRetryAt = undefined
    o.publisher.changed()
    armWatchdog(a)
    o.intake.measure(true)
    void runSseAttempt({
      url: o.url(),
      fetch: o.fetch,
      getAuthorization: async () => (a.authorization = await o.getAuthorization(stale === undefined ? { fresh } : { fresh, stale })),
      signal: a.controller.signal,
      now: o.timers.now,
      onOpen: () => opened(a),
      onActivity: () => activity(a),
      onMessage: (m, raw) => message(a, m, raw),
    })
      .then((end) => {
        if (end.kind === 'failed') fail(a, end.failure)
      })
      .catch((e: unknown) => console.error('stream: connection loop failed', e))
  }

  function opened(a: Attempt) {
    if (current !== a) return
    // 'live' on a good open; the watchdog ensures a silent stream cannot stay 'live'.
    armWatchdog(a)
    s.state = 'live'
    s.connectedAt = o.timers.now()
    o.publisher.changed()
    o.gaps.fillPending()
  }

  function activity(a: Attempt) {
    if (current !== a) return
    armWatchdog(a)
    s.lastDataAt = o.timers.now()
    o.publisher.touched()
  }

  function message(a: Attempt, m: Result<StreamMessage>, raw: string) {
    if (current !== a) return
    if (!m.ok) return o.intake.malformed(m.error, raw)
    if (m.value.kind === 'error') {
      s.totals.errorFrames++
      s.lastErrorFrame = m.value.error.message
      return fail(a, { kind: 'frame', frame: m.value.error })
    }
    const event = m.value.event
    a.gotData = true
    o.gaps.noteSeen(event.time)
    // A ping counts as data for the retry counter too (README §3.3).
    if (failures !== 0 || authRetried) {
      failures = 0
      authRetried = false
      s.attempt = 0
      o.publisher.changed()
    }
    if (event.eventType === 'ping') o.intake.ping()
    else o.intake.streamEvent(event)
  }

  function fail(a: Attempt, failure: AttemptFailure) {
    if (current !== a) return
    drop(true)
    const { action, error } = classifyFailure(failure)
    s.lastError = error
    failures++
    s.attempt = failures
    if (action.type === 'config-error' || action.type === 'auth-error') return halt(action.type)
    if (action.type === 'refresh-auth') {
      // One retry with a fresh token; a second 401 means the credentials are wrong.
      if (authRetried) return halt('auth-error')
      authRetried = true
      s.totals.reconnects++
      return connect(true, a.authorization)
    }
    schedule(action)
  }

  function schedule(action: Extract<RetryAction, { type: 'reconnect-now' | 'backoff' }>) {
    const plan = planRetry(action, failures, { maxAttempts: o.maxAttempts, backoff: o.backoff }, o.random)
    if (plan.type === 'give-up' || !o.environment.isOnline()) return halt('offline')
    s.totals.reconnects++
    s.state = 'reconnecting'
    s.nextRetryAt = o.timers.now() + plan.delayMs
    o.publisher.changed()
    retry.set(() => connect(), plan.delayMs)
  }

  return {
    restart(fresh = false) {
      drop(false)
      failures = 0
      authRetried = false
      s.attempt = 0
      connect(fresh)
    },
    drop,
    halt(state) {
      drop(state !== 'stopped')
      halt(state)
    },
    get waiting() {
      return !current && retry.armed
    },
  }
}
