import { PRODUCT_NUMBERS, PROBE_PRODUCT_NUMBER, emptyReported } from '../device-catalog'
import type { EmulatorContext } from '../context'
import { newDeviceId } from '../ids'
import { deriveSeed, mulberry32 } from '../prng'
import { createBehaviour } from './behaviours'
import { DEMO_CCONS, DEMO_SENSORS, type DemoDeviceSpec } from './demo-catalog'
import { Battery, Radio } from './radio'
import type { SimDevice } from './sim-device'

/**
 * Creates the demo facility's devices in the main project. Ids and every value come from
 * generators derived from the seed, one per device.
 */
export function createDemoDevices(ctx: EmulatorContext): SimDevice[] {
  const idRng = mulberry32(deriveSeed(ctx.opts.seed, 0, 3))
  const specs: DemoDeviceSpec[] = [...DEMO_CCONS, ...DEMO_SENSORS]
  const ids = specs.map(() => newDeviceId(idRng))
  const cconIds = ids.slice(0, DEMO_CCONS.length)
  return specs.map((spec, i) => {
    const rng = mulberry32(deriveSeed(ctx.opts.seed, i + 1, 4))
    const record = ctx.world.addDevice({
      id: ids[i] ?? newDeviceId(idRng),
      projectId: ctx.opts.projectId,
      type: spec.type,
      productNumber: spec.probe ? PROBE_PRODUCT_NUMBER : PRODUCT_NUMBERS[spec.type],
      labels: { name: spec.name, description: spec.description, zone: spec.zone, floor: spec.floor },
      reported: emptyReported(spec.type, spec.probe),
    })
    const behaviour = createBehaviour(spec, rng, ctx.opts.cadence, ctx.opts.prefillSpacingMs)
    const links = (spec.links ?? []).map(([index, rssi]) => [cconIds[index] ?? '', rssi] as const).filter(([id]) => id !== '')
    return {
      record,
      rng,
      behaviour,
      radio: behaviour.radio ? new Radio(links, rng) : undefined,
      battery: spec.type === 'ccon' ? undefined : new Battery(rng),
      nextHeartbeat: Infinity,
      nextTrigger: Infinity,
      nextBattery: Infinity,
    }
  })
}
