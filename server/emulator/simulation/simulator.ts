import type { EmulatorContext } from '../context'
import { createDemoDevices } from './demo-project'
import { prefillHistory, scheduleLive } from './prefill'
import { emit, withRadio, type SimDevice } from './sim-device'

export interface Simulator {
  /** Runs one step at the emulator's clock; the timer calls it, tests may too. */
  tick(): void
  stop(): void
}

function step(ctx: EmulatorContext, sim: SimDevice, t: number): void {
  const b = sim.behaviour
  const c = ctx.opts.cadence
  if (t >= sim.nextHeartbeat) {
    emit(ctx, sim, withRadio(sim, b.heartbeat(t, b.heartbeatMs, c.samplesPerHeartbeat)), t, true)
    const interval = b.heartbeatMs * (0.9 + 0.2 * sim.rng())
    // After a stall of the event loop (or a clock jump) skip ahead instead of bursting.
    sim.nextHeartbeat = sim.nextHeartbeat + interval > t ? sim.nextHeartbeat + interval : t + interval
  }
  if (t >= sim.nextTrigger) {
    emit(ctx, sim, withRadio(sim, b.trigger()), t, true)
    sim.nextTrigger = t + b.nextTriggerIn(c.stateChangeMs)
  }
  if (sim.battery && t >= sim.nextBattery) {
    emit(ctx, sim, [sim.battery.emission()], t, true)
    sim.nextBattery = t + c.batteryMs * (0.8 + 0.4 * sim.rng())
  }
}

/** The demo facility: devices, a prefilled day of history, and one timer for all live events. */
export function startSimulator(ctx: EmulatorContext): Simulator {
  const sims = createDemoDevices(ctx)
  const now = ctx.now()
  for (const sim of sims) {
    prefillHistory(ctx, sim, now)
    scheduleLive(ctx, sim, now)
  }
  let reported = false
  const tick = () => {
    const t = ctx.now()
    try {
      ctx.hub.batch(() => {
        for (const sim of sims) step(ctx, sim, t)
      })
    } catch (e) {
      // A bug in one tick must not take the server down; say so once, not four times a second.
      if (!reported) console.error('emulator: simulator tick failed', e)
      reported = true
    }
  }
  const timer = setInterval(tick, ctx.opts.cadence.tickMs)
  timer.unref()
  return { tick, stop: () => clearInterval(timer) }
}
