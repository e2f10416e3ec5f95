import { toRfc3339 } from '../../../src/dt'
import type { Emission } from '../events'
import type { Cadence } from '../options'
import { expWait, randInt, type Rng } from '../prng'
import type { DemoDeviceSpec, WalkSpec } from './demo-catalog'
import { cconBehaviour } from './ccon-behaviour'
import { Walk, round } from './walk'

/** How one simulated device produces events; the simulator decides when. */
export interface Behaviour {
  heartbeatMs: number
  /** Spacing of heartbeats in the prefilled history. */
  prefillHeartbeatMs: number
  /** Events at `t`; analog sensors spread `samples` samples over the `spacingMs` before it. */
  heartbeat(t: number, spacingMs: number, samples: number): Emission[]
  /** State at the start of the prefilled history (probe wiring, door state, connector status). */
  initial(): Emission[]
  /** Wait until the next state change or touch; Infinity when the device has none. */
  nextTriggerIn(baseMs: number): number
  trigger(): Emission[]
  /** Cloud connectors do not send networkStatus. */
  radio: boolean
}

const MINUTE = 60_000
const none = () => [] as Emission[]

/** Heartbeat samples, newest first with `samples[0]` the event's value (README §4.2). */
function sampleTimes(t: number, spacingMs: number, n: number): number[] {
  return Array.from({ length: n }, (_, i) => t - (i * spacingMs) / n).reverse()
}

function walkOf(spec: WalkSpec | undefined, fallback: WalkSpec, rng: Rng): Walk {
  return new Walk(spec ?? fallback, rng)
}

function temperature(spec: DemoDeviceSpec, rng: Rng, c: Cadence, prefillMs: number): Behaviour {
  const walk = walkOf(spec.walk, { mean: 21, sd: 0.1, min: 15, max: 30 }, rng)
  let wired = true
  return {
    heartbeatMs: c.temperatureMs,
    prefillHeartbeatMs: prefillMs,
    heartbeat: (t, spacing, n) => {
      const samples = sampleTimes(t, spacing, n)
        .map((at) => ({ value: round(walk.step(spacing / n), 2), sampleTime: toRfc3339(at) }))
        .reverse()
      return [{ type: 'temperature', data: { value: samples[0]?.value ?? 0, samples, isBackfilled: false } }]
    },
    initial: () => (spec.probe ? [{ type: 'probeWireStatus', data: { state: 'FOUR_WIRE' } }] : []),
    // A probe's wire is pulled out now and then, and plugged back soon after.
    nextTriggerIn: (base) => (spec.probe ? expWait(rng, base * (wired ? 40 : 2)) : Infinity),
    trigger: () => {
      wired = !wired
      return [{ type: 'probeWireStatus', data: { state: wired ? 'FOUR_WIRE' : 'INVALID_WIRE_CONFIGURATION' } }]
    },
    radio: true,
  }
}

function humidity(spec: DemoDeviceSpec, rng: Rng, c: Cadence, prefillMs: number): Behaviour {
  // A CO2 sensor's `walk` is its ppm; its air temperature is a room default.
  const isCo2 = spec.type === 'co2'
  const air = isCo2 ? new Walk({ mean: 21.5, sd: 0.1, min: 17, max: 27 }, rng) : walkOf(spec.walk, { mean: 21, sd: 0.1, min: 15, max: 30 }, rng)
  const rh = walkOf(spec.rh, { mean: 40, sd: 0.5, min: 20, max: 70 }, rng)
  const co2 = isCo2 ? walkOf(spec.walk, { mean: 700, sd: 25, min: 400, max: 2500 }, rng) : undefined
  const pressure = isCo2 ? new Walk({ mean: 100_900, sd: 12, min: 98_000, max: 103_500 }, rng) : undefined
  return {
    heartbeatMs: c.climateMs,
    prefillHeartbeatMs: prefillMs,
    heartbeat: (t, spacing, n) => {
      const samples = sampleTimes(t, spacing, n)
        .map((at) => ({ temperature: round(air.step(spacing / n), 2), relativeHumidity: round(rh.step(spacing / n), 1), sampleTime: toRfc3339(at) }))
        .reverse()
      const latest = samples[0] ?? { temperature: 0, relativeHumidity: 0 }
      const out: Emission[] = []
      if (co2 && pressure) {
        out.push({ type: 'co2', data: { ppm: Math.round(co2.step(spacing)) } })
        out.push({ type: 'pressure', data: { pascal: Math.round(pressure.step(spacing)) } })
      }
      out.push({ type: 'humidity', data: { temperature: latest.temperature, relativeHumidity: latest.relativeHumidity, samples, isBackfilled: false } })
      return out
    },
    initial: none,
    nextTriggerIn: () => Infinity,
    trigger: none,
    radio: true,
  }
}

/** Two-state sensors: each state lasts an exponential time with its own mean (× the base). */
function binary(emit: (state: number) => Emission, dwell: readonly [number, number], c: Cadence, heartbeat = false): (rng: Rng) => Behaviour {
  return (rng) => {
    let state = rng() < dwell[0] / (dwell[0] + dwell[1]) ? 0 : 1
    return {
      heartbeatMs: c.statusMs,
      prefillHeartbeatMs: 15 * MINUTE,
      heartbeat: () => (heartbeat ? [emit(state)] : []),
      initial: () => [emit(state)],
      nextTriggerIn: (base) => expWait(rng, base * (dwell[state] ?? 1)),
      trigger: () => {
        state = 1 - state
        return [emit(state)]
      },
      radio: true,
    }
  }
}

function counter(type: 'objectPresentCount' | 'touchCount', rng: Rng, c: Cadence): Behaviour {
  let total = randInt(rng, 400, 20_000)
  return {
    heartbeatMs: c.statusMs,
    prefillHeartbeatMs: 15 * MINUTE,
    heartbeat: () => {
      // Each pallet passing adds 2 (appear + disappear); totals never decrease (README §4.2).
      total += type === 'objectPresentCount' ? 2 * randInt(rng, 0, 3) : randInt(rng, 0, 2)
      return [{ type, data: { total } }]
    },
    initial: none,
    nextTriggerIn: () => Infinity,
    trigger: none,
    radio: true,
  }
}

/** The behaviour for one demo device, drawing only from its own generator. */
export function createBehaviour(spec: DemoDeviceSpec, rng: Rng, c: Cadence, prefillMs: number): Behaviour {
  const presence = (type: 'objectPresent' | 'waterPresent') => (s: number): Emission => ({ type, data: { state: s === 0 ? 'PRESENT' : 'NOT_PRESENT' } })
  switch (spec.type) {
    case 'temperature':
      return temperature(spec, rng, c, prefillMs)
    case 'humidity':
    case 'co2':
      return humidity(spec, rng, c, prefillMs)
    case 'proximity':
      return binary(presence('objectPresent'), [4, 1.5], c)(rng)
    case 'waterDetector':
      return binary(presence('waterPresent'), [0.5, 60], c, true)(rng)
    case 'contact':
      return binary((s) => ({ type: 'contact', data: { state: s === 0 ? 'OPEN' : 'CLOSED' } }), [0.4, 2.5], c)(rng)
    case 'motion':
      return binary((s) => ({ type: 'motion', data: { state: s === 0 ? 'MOTION_DETECTED' : 'NO_MOTION_DETECTED' } }), [0.6, 1.5], c)(rng)
    case 'deskOccupancy':
      return binary((s) => ({ type: 'deskOccupancy', data: { state: s === 0 ? 'OCCUPIED' : 'NOT_OCCUPIED', remarks: [] } }), [3, 2], c)(rng)
    case 'touch':
      return { ...binary(() => ({ type: 'touch', data: {} }), [1.5, 1.5], c)(rng), initial: none }
    case 'proximityCounter':
      return counter('objectPresentCount', rng, c)
    case 'touchCounter':
      return counter('touchCount', rng, c)
    case 'ccon':
      return cconBehaviour(spec, rng, c)
  }
}
