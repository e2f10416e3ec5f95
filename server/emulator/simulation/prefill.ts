import type { EmulatorContext } from '../context'
import type { Emission } from '../events'
import { emit, withRadio, type SimDevice } from './sim-device'

const RADIO_EVERY_MS = 15 * 60_000
/** State changes in the prefilled day are spaced realistically, not at the live accelerated rate. */
const PREFILL_TRIGGER_BASE_MS = 10 * 60_000
const PREFILL_SAMPLES = 2

/**
 * Writes the last day of history for one device, oldest first, so charts can prefill. The number
 * of heartbeats does not depend on the clock, which keeps the values reproducible under a seed.
 */
export function prefillHistory(ctx: EmulatorContext, sim: SimDevice, now: number): void {
  const window = Math.min(ctx.opts.historyWindowMs, 24 * 3_600_000)
  // A minute inside the window, so the oldest events are not pruned as the clock moves on.
  const start = now - window + 60_000
  const timeline: Array<{ t: number; emissions: Emission[] }> = [{ t: start, emissions: sim.behaviour.initial() }]
  const b = sim.behaviour
  const spacing = b.prefillHeartbeatMs
  let lastRadio = -Infinity
  for (let k = 1; k < Math.floor(window / spacing); k++) {
    const t = start + k * spacing
    const beat = b.heartbeat(t, spacing, PREFILL_SAMPLES)
    const radio = t - lastRadio >= RADIO_EVERY_MS
    if (radio) lastRadio = t
    timeline.push({ t, emissions: radio ? withRadio(sim, beat) : beat })
  }
  for (let t = start + b.nextTriggerIn(PREFILL_TRIGGER_BASE_MS); t < now; t += b.nextTriggerIn(PREFILL_TRIGGER_BASE_MS)) {
    timeline.push({ t, emissions: withRadio(sim, b.trigger()) })
  }
  if (sim.battery) timeline.push({ t: start + 60_000, emissions: [sim.battery.emission()] })
  timeline.sort((x, y) => x.t - y.t)
  for (const { t, emissions } of timeline) emit(ctx, sim, emissions, t, false)
}

/** Live schedule after the prefill: staggered so devices do not all report in the same tick. */
export function scheduleLive(ctx: EmulatorContext, sim: SimDevice, now: number): void {
  const c = ctx.opts.cadence
  sim.nextHeartbeat = now + sim.rng() * sim.behaviour.heartbeatMs
  sim.nextTrigger = now + sim.behaviour.nextTriggerIn(c.stateChangeMs)
  sim.nextBattery = now + sim.rng() * c.batteryMs
}
