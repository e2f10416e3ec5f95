import { PRODUCT_NUMBERS, PROBE_PRODUCT_NUMBER, emptyReported } from '../device-catalog'
import type { EmulatorContext } from '../context'
import { newDeviceId } from '../ids'
import { deriveSeed, mulberry32 } from '../prng'
import { createBehaviour } from './behaviours'
import { INVENTORY_PROJECT_ID } from '../demo-credentials'
import { DEMO_CCONS, DEMO_INVENTORY, DEMO_SENSORS, type DemoDeviceSpec } from './demo-catalog'
import { Battery, Radio } from './radio'
import type { SimDevice } from './sim-device'

/** Labels of a spec; empty ones are left out, as on a device nobody has labelled yet. */
function labelsOf(spec: DemoDeviceSpec): Record<string, string> {
  const all: Record<string, string> = { name: spec.name, description: spec.description, zone: spec.zone, floor: spec.floor }
  return Object.fromEntries(Object.entries(all).filter(([, v]) => v !== ''))
}

/**
 * Creates the demo facility's devices in the main project, and the organisation's Inventory
 * project with a few unplaced sensors (a second project to switch to, as every DT organisation
 * has). Ids and every value come from generators derived from the seed, one per device; the
 * inventory's come after the facility's, so adding them changed no facility id.
 */
export function createDemoDevices(ctx: EmulatorContext): SimDevice[] {
  const idRng = mulberry32(deriveSeed(ctx.opts.seed, 0, 3))
  const facility: DemoDeviceSpec[] = [...DEMO_CCONS, ...DEMO_SENSORS]
  const specs: DemoDeviceSpec[] = [...facility, ...DEMO_INVENTORY]
  const ids = specs.map(() => newDeviceId(idRng))
  const cconIds = ids.slice(0, DEMO_CCONS.length)
  const inventory = addInventoryProject(ctx)
  return specs.map((spec, i) => {
    const rng = mulberry32(deriveSeed(ctx.opts.seed, i + 1, 4))
    const record = ctx.world.addDevice({
      id: ids[i] ?? newDeviceId(idRng),
      projectId: i < facility.length ? ctx.opts.projectId : inventory,
      type: spec.type,
      productNumber: spec.probe ? PROBE_PRODUCT_NUMBER : PRODUCT_NUMBERS[spec.type],
      labels: labelsOf(spec),
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

/** The Inventory project of the main project's organisation, visible to the service account. */
function addInventoryProject(ctx: EmulatorContext): string {
  const main = ctx.world.projects.get(ctx.opts.projectId)
  ctx.world.addProject(
    {
      id: INVENTORY_PROJECT_ID,
      displayName: 'Inventory',
      organization: main?.organization ?? 'organizations/c0dtliveorgan1zat10n0',
      organizationDisplayName: main?.organizationDisplayName ?? 'Nordlys Foods AS',
      inventory: true,
    },
    { visible: true },
  )
  return INVENTORY_PROJECT_ID
}
