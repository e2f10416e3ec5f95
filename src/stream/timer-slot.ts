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

/** A countdown that activity pushes back cheaply: for watchdogs fed on every message. */
export interface Deadline {
  /** (Re)starts the countdown: `onExpire` runs `ms` after the latest call, unless cleared first. */
  extend(ms: number, onExpire: () => void): void
  clear(): void
}

/**
 * A deadline on one timer. Re-arming a browser timer per stream message (clearTimeout plus
 * setTimeout, thousands a second under load) cost a fifth of the main thread at 20,000 events/s
 * in the profile; here an extension only moves a number, and the timer, when it fires early,
 * sleeps again for the time left.
 */
export function createDeadline(timers: Pick<StreamTimers, 'setTimeout' | 'clearTimeout' | 'now'>): Deadline {
  const slot = createTimerSlot(timers)
  let due = 0
  let firesAt = 0
  let expire: (() => void) | null = null

  function check() {
    const left = due - timers.now()
    if (left > 0) {
      firesAt = due
      slot.set(check, left)
      return
    }
    const callback = expire
    expire = null
    callback?.()
  }

  return {
    extend(ms, onExpire) {
      due = timers.now() + ms
      expire = onExpire
      if (slot.armed && firesAt <= due) return
      firesAt = due
      slot.set(check, ms)
    },
    clear() {
      slot.clear()
      expire = null
    },
  }
}
