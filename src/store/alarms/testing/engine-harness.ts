import type { Device } from '../../../dt'
import { createDeviceStore, type DeviceStore } from '../../device-store'
import { createAlarmEngine, type AlarmEngine, type AlarmEngineDeps } from '../alarm-engine'
import { createAlarmStore, type AlarmStore } from '../alarm-store'

/** The engine tests' epoch, and a time `n` seconds after it. */
export const T = 1_700_000_000_000
export const s = (n: number) => T + n * 1000

/** A hand-moved clock with the interval the engine ticks on; `tick()` runs it as the browser would. */
export interface EngineClock {
  readonly now: number
  set(time: number): void
  /** Moves forward to `time`, never back (a sample from the past leaves the clock alone). */
  atLeast(time: number): void
  tick(): void
  readonly timers: NonNullable<AlarmEngineDeps['timers']>
}

export function createEngineClock(start = T): EngineClock {
  let now = start
  let intervals: Array<() => void> = []
  return {
    get now() {
      return now
    },
    set: (time) => void (now = time),
    atLeast: (time) => void (now = Math.max(now, time)),
    tick: () => intervals.forEach((f) => f()),
    timers: {
      now: () => now,
      setInterval: (fn: () => void) => intervals.push(fn),
      clearInterval: () => void (intervals = []),
    },
  }
}

/** The real device and alarm stores with `devices` listed, and a started engine on `clock`. */
export function startEngine(devices: readonly Device[], clock: EngineClock, options: Pick<AlarmEngineDeps, 'offlineEveryMs'> = {}): { devices: DeviceStore; alarms: AlarmStore; engine: AlarmEngine } {
  let n = 0
  const store = createDeviceStore()
  const alarms = createAlarmStore({ now: () => clock.now, newId: () => `r${++n}` })
  store.getState().setDevices([...devices])
  const engine = createAlarmEngine({ devices: store, alarms, timers: clock.timers, ...options })
  engine.start()
  return { devices: store, alarms, engine }
}
