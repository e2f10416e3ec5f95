import type { Emission } from '../events'
import type { Cadence } from '../options'
import { expWait, randInt, type Rng } from '../prng'
import type { Behaviour } from './behaviours'
import type { DemoDeviceSpec } from './demo-catalog'
import { Walk } from './walk'

const MINUTE = 60_000

/**
 * A cloud connector: connection, Ethernet and cellular status on its heartbeat. The warehouse one
 * is cellular only; the others lose Ethernet now and then and fail over to cellular.
 */
export function cconBehaviour(spec: DemoDeviceSpec, rng: Rng, c: Cadence): Behaviour {
  const cellularOnly = spec.zone === 'warehouse'
  const cellular = new Walk({ mean: cellularOnly ? 64 : 78, sd: 2, min: 10, max: 100 }, rng)
  const mac = Array.from({ length: 6 }, (_, i) => (i < 3 ? [0xf0, 0xb5, 0xb7][i] ?? 0 : randInt(rng, 0, 255)).toString(16).padStart(2, '0')).join(':')
  const ip = `192.168.10.${randInt(rng, 20, 220)}`
  let ethernetUp = !cellularOnly
  const status = (): Emission[] => [
    {
      type: 'connectionStatus',
      data: ethernetUp ? { connection: 'ETHERNET', available: ['ETHERNET', 'CELLULAR'] } : { connection: 'CELLULAR', available: ['CELLULAR'] },
    },
    { type: 'ethernetStatus', data: cellularOnly ? { macAddress: mac, ipAddress: '', errors: [] } : { macAddress: mac, ipAddress: ethernetUp ? ip : '', errors: [] } },
    { type: 'cellularStatus', data: { signalStrength: Math.round(cellular.step()), errors: [] } },
  ]
  return {
    heartbeatMs: c.cconMs,
    prefillHeartbeatMs: 15 * MINUTE,
    heartbeat: status,
    initial: status,
    // Ethernet drops out once in a while and the connector fails over to cellular.
    nextTriggerIn: (base) => (cellularOnly ? Infinity : expWait(rng, base * (ethernetUp ? 60 : 3))),
    trigger: () => {
      ethernetUp = !ethernetUp
      return status().slice(0, 2)
    },
    radio: false,
  }
}
