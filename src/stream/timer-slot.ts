import type { StreamTimers } from './types'

/** One named timer that can be re-armed or cleared; never more than one pending. */
export interface TimerSlot {
  set(callback: () => void, ms: number): void
  clear(): void
  readonly armed: boolean
}

/** Wraps injected timers so every owner clears what it set: a stopped client holds no timer. */
export function createTimerSlot(timers: Pick<StreamTimers, 'setTimeout' | 'clearTimeout'>): TimerSlot {
  let handle: unknown
  let armed = false
  return {
    set(callback, ms) {
      if (armed) timers.clearTimeout(handle)
      armed = true
      handle = timers.setTimeout(() => {
        armed = false
        callback()
      }, ms)
    },
    clear() {
      if (armed) timers.clearTimeout(handle)
      armed = false
    },
    get armed() {
      return armed
    },
  }
}
