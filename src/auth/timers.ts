/** Clock and timers, injected so tests drive time without sleeping or patching globals. */
export interface Timers {
  now(): number
  setTimeout(callback: () => void, ms: number): unknown
  clearTimeout(handle: unknown): void
}

// Wrapped rather than passed as references: some browsers throw "Illegal invocation" when
// setTimeout is called detached from window.
/** The real clock and timers. */
export const realTimers: Timers = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
}

/** setTimeout fires at once for delays beyond 2^31 − 1 ms; longer waits are re-armed by the caller's check. */
export const MAX_TIMER_DELAY_MS = 2_147_483_647
