import { AuthError } from './auth-error'
import { DEFAULT_RETRY_DELAY, retryDelay, type RetryDelayOptions } from './retry-delay'
import { MAX_TIMER_DELAY_MS, realTimers, type Timers } from './timers'
import type { GetAuthorizationOptions, TokenMode, TokenSource, TokenState } from './token-source'

/** A bearer token as a fetcher returns it. */
export interface FetchedToken {
  accessToken: string
  /** Epoch ms. */
  expiresAt: number
}

/** What a fetcher is asked for. `stale` is set only for a forced refresh: the token the API rejected. */
export interface TokenRequest {
  stale?: string
  signal: AbortSignal
}

/** Gets one new token; rejects with an AuthError (anything else is treated as a transient failure). */
export type TokenFetcher = (request: TokenRequest) => Promise<FetchedToken>

/** Settings shared by every bearer-token source. */
export interface CachingOptions {
  timers?: Timers
  /** Refresh this long before expiry; default 60 s (README §2.3 recommends 60–120 s). */
  refreshMarginMs?: number
  /** At most one forced (`fresh`) refresh per this interval, so a 401 loop cannot storm the identity server. */
  minForcedIntervalMs?: number
  /** A hung token request is aborted after this long, so single-flight callers are not stuck. */
  requestTimeoutMs?: number
  retry?: RetryDelayOptions
}

/** Options for the shared caching core. */
export interface CachedTokenOptions extends CachingOptions {
  mode: TokenMode
  fetchToken: TokenFetcher
}

interface Cached {
  accessToken: string
  header: string
  expiresAt: number
  refreshAt: number
}

const bearer = (token: string) => `Bearer ${token}`

/** When to replace a token: `margin` before expiry, but at the latest halfway through a short-lived token's life. */
export function refreshTime(fetchedAt: number, expiresAt: number, marginMs: number, floorMs: number): number {
  const margin = Math.min(marginMs, (expiresAt - fetchedAt) / 2)
  // The floor stops a token that is already (nearly) expired from being refetched in a tight loop.
  return Math.max(expiresAt - margin, fetchedAt + floorMs)
}

/**
 * The caching core behind the server and service-account sources: single-flight, cached until
 * `expiresAt − refreshMarginMs`, refreshed proactively by a timer, forced refreshes rate-limited,
 * failures retried with capped backoff (and, inside the backoff window, answered with the last error).
 */
export function createCachedTokenSource(options: CachedTokenOptions): TokenSource {
  const { mode, fetchToken } = options
  const timers = options.timers ?? realTimers
  const marginMs = options.refreshMarginMs ?? 60_000
  const minForcedMs = options.minForcedIntervalMs ?? 5_000
  const timeoutMs = options.requestTimeoutMs ?? 15_000
  const retry = options.retry ?? DEFAULT_RETRY_DELAY

  let cached: Cached | undefined
  let inflight: { promise: Promise<string>; controller: AbortController } | undefined
  let lastForcedAt = -Infinity
  let failures = 0
  let lastError: AuthError | undefined
  let retryAt = 0
  let timer: unknown
  // Bumped by invalidate/dispose so a request started before cannot write its result back.
  let generation = 0
  let disposed = false
  let state: TokenState = Object.freeze({ status: 'idle', mode })
  const listeners = new Set<() => void>()

  function setState(next: Omit<TokenState, 'mode'>) {
    state = Object.freeze({ ...next, mode })
    for (const listener of [...listeners]) listener()
  }

  function disarm() {
    if (timer !== undefined) timers.clearTimeout(timer)
    timer = undefined
  }

  function arm(at: number) {
    disarm()
    timer = timers.setTimeout(onTimer, Math.min(Math.max(at - timers.now(), 0), MAX_TIMER_DELAY_MS))
  }

  function onTimer() {
    timer = undefined
    if (disposed || inflight) return
    const now = timers.now()
    // Re-check the time: a clamped delay, or a tab that slept, can wake us early or late.
    if (cached && now < cached.refreshAt) return arm(cached.refreshAt)
    if (!cached && lastError && now < retryAt) return arm(retryAt)
    start(undefined).catch(() => {
      // already recorded in the state; nobody awaits a proactive refresh
    })
  }

  async function run(stale: string | undefined, controller: AbortController, gen: number): Promise<string> {
    let timeout: unknown
    try {
      const token = await new Promise<FetchedToken>((resolve, reject) => {
        timeout = timers.setTimeout(() => {
          reject(new AuthError(0, `token request timed out after ${Math.round(timeoutMs / 1000)} s`))
          controller.abort()
        }, timeoutMs)
        // Waiters are released on abort even if the fetcher ignores its signal.
        controller.signal.addEventListener('abort', () => reject(new AuthError(0, 'token request aborted')), { once: true })
        try {
          // Called synchronously so the request is under way before getAuthorization returns.
          fetchToken({ ...(stale === undefined ? {} : { stale }), signal: controller.signal }).then(resolve, reject)
        } catch (e) {
          reject(e)
        }
      })
      const header = bearer(token.accessToken)
      if (gen === generation) {
        const now = timers.now()
        cached = { accessToken: token.accessToken, header, expiresAt: token.expiresAt, refreshAt: refreshTime(now, token.expiresAt, marginMs, minForcedMs) }
        failures = 0
        lastError = undefined
        setState({ status: 'ready', expiresAt: token.expiresAt })
        arm(cached.refreshAt)
      }
      return header
    } catch (e) {
      const error = disposed ? new AuthError(0, 'token source was disposed') : AuthError.from(e)
      if (gen === generation) {
        cached = undefined
        failures += 1
        lastError = error
        retryAt = timers.now() + retryDelay(failures, retry)
        setState({ status: 'error', error: { status: error.status, message: error.message, isAuthFailure: error.isAuthFailure } })
        // Wrong credentials stay wrong: no proactive retry, only an explicit call or invalidate().
        if (error.isAuthFailure) disarm()
        else arm(retryAt)
      }
      throw error
    } finally {
      timers.clearTimeout(timeout)
      if (inflight?.controller === controller) inflight = undefined
    }
  }

  function start(stale: string | undefined): Promise<string> {
    const background = stale === undefined && cached !== undefined && timers.now() < cached.expiresAt
    if (!background && state.status !== 'loading') setState({ status: 'loading' })
    const controller = new AbortController()
    const promise = run(stale, controller, generation)
    inflight = { promise, controller }
    return promise
  }

  function staleToken(stale: string | undefined): string | undefined {
    if (cached) return cached.accessToken
    return stale?.startsWith('Bearer ') ? stale.slice('Bearer '.length) : undefined
  }

  return {
    mode,
    async getAuthorization({ fresh = false, stale }: GetAuthorizationOptions = {}) {
      if (disposed) throw new AuthError(0, 'token source was disposed')
      const now = timers.now()
      if (fresh) {
        // Someone already replaced the token that failed for this caller.
        if (cached && stale !== undefined && stale !== cached.header && now < cached.expiresAt) return cached.header
        if (inflight) return inflight.promise
        if (cached && now - lastForcedAt < minForcedMs) return cached.header
      } else {
        if (cached && now < cached.refreshAt) return cached.header
        if (inflight) return inflight.promise
      }
      if (lastError && now < retryAt) throw lastError
      if (!fresh) return start(undefined)
      lastForcedAt = now
      return start(staleToken(stale))
    },
    invalidate() {
      if (disposed) return
      generation += 1
      cached = undefined
      inflight = undefined
      lastError = undefined
      failures = 0
      retryAt = 0
      disarm()
      setState({ status: 'idle' })
    },
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
      }
    },
    dispose() {
      if (disposed) return
      disposed = true
      generation += 1
      disarm()
      inflight?.controller.abort()
      inflight = undefined
      listeners.clear()
    },
  }
}
