import type { EmulatorContext } from '../context'
import { deliver, makeEvent, record, type Emission } from '../events'
import type { Rng } from '../prng'
import type { DeviceRecord } from '../world'
import type { Behaviour } from './behaviours'
import type { Battery, Radio } from './radio'

/** A demo device with its behaviour, generators and next due times (epoch ms). */
export interface SimDevice {
  record: DeviceRecord
  rng: Rng
  behaviour: Behaviour
  radio: Radio | undefined
  battery: Battery | undefined
  nextHeartbeat: number
  nextTrigger: number
  nextBattery: number
}

/** Events of one moment get microsecond offsets, so they sort stably yet read as one report. */
const STEP_MS = 0.003

export function emit(ctx: EmulatorContext, sim: SimDevice, emissions: Emission[], t: number, live: boolean): void {
  emissions.forEach((e, i) => {
    const event = makeEvent(ctx, sim.record, e, t + i * STEP_MS)
    if (live) deliver(ctx, sim.record, event)
    else record(ctx, sim.record, event)
  })
}

/** A triggered or heartbeat report also carries one networkStatus per connector in range. */
export function withRadio(sim: SimDevice, emissions: Emission[]): Emission[] {
  return sim.radio ? [...emissions, ...sim.radio.emissions()] : emissions
}
