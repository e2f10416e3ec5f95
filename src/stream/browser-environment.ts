import type { EnvironmentChange, StreamEnvironment, StreamTimers } from './types'

/** The page's visibility and the browser's online flag, as a {@link StreamEnvironment}. */
export function browserEnvironment(): StreamEnvironment {
  return {
    isVisible: () => typeof document === 'undefined' || document.visibilityState !== 'hidden',
    // navigator.onLine may say true without a network, never false with one: trust only "offline".
    isOnline: () => typeof navigator === 'undefined' || navigator.onLine !== false,
    subscribe(listener: (change: EnvironmentChange) => void) {
      if (typeof window === 'undefined' || typeof document === 'undefined') return () => undefined
      const visibility = () => listener(document.visibilityState === 'hidden' ? 'hidden' : 'visible')
      const online = () => listener('online')
      const offline = () => listener('offline')
      document.addEventListener('visibilitychange', visibility)
      window.addEventListener('online', online)
      window.addEventListener('offline', offline)
      return () => {
        document.removeEventListener('visibilitychange', visibility)
        window.removeEventListener('online', online)
        window.removeEventListener('offline', offline)
      }
    },
  }
}

/**
 * The global timers, looked up at call time rather than captured, so a test's fake clock or
 * Playwright's `page.clock` installed later still applies (TanStack's timeoutManager does this).
 */
export const defaultTimers: StreamTimers = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
  now: () => Date.now(),
}
