import type { Emission } from '../events'
import { randInt, type Rng } from '../prng'
import { Walk } from './walk'

/** RSSI → signalStrength, interpolated through the pairs seen in DT's fixtures. */
const STRENGTH_TABLE: ReadonlyArray<readonly [number, number]> = [
  [-110, 0],
  [-95, 31],
  [-79, 63],
  [-61, 88],
  [-50, 100],
]

export function signalStrength(rssi: number): number {
  const [first] = STRENGTH_TABLE
  if (!first || rssi <= first[0]) return 0
  for (let i = 1; i < STRENGTH_TABLE.length; i++) {
    const lo = STRENGTH_TABLE[i - 1]
    const hi = STRENGTH_TABLE[i]
    if (!lo || !hi) break
    if (rssi <= hi[0]) return Math.round(lo[1] + ((rssi - lo[0]) / (hi[0] - lo[0])) * (hi[1] - lo[1]))
  }
  return 100
}

/** A sensor's links to the cloud connectors in range: one networkStatus per connector. */
export class Radio {
  private readonly links: Array<{ id: string; rssi: Walk }>

  constructor(links: ReadonlyArray<readonly [string, number]>, rng: Rng) {
    this.links = links.map(([id, mean]) => ({ id, rssi: new Walk({ mean, sd: 1.5, min: -115, max: -35 }, rng) }))
  }

  /** README §4.2: each event lists one connector, and one is sent per connector in range. */
  emissions(): Emission[] {
    return this.links.map(({ id, rssi }) => {
      const r = Math.round(rssi.step())
      const s = signalStrength(r)
      return {
        type: 'networkStatus',
        data: {
          signalStrength: s,
          rssi: r,
          cloudConnectors: [{ id, signalStrength: s, rssi: r }],
          transmissionMode: r < -100 ? 'HIGH_POWER_BOOST_MODE' : 'LOW_POWER_STANDARD_MODE',
        },
      }
    })
  }
}

/** Battery level: young sensors sit at 100 %, a few lower; it only ever goes down, rarely. */
export class Battery {
  private percentage: number

  constructor(private readonly rng: Rng) {
    const levels = [100, 100, 100, 100, 100, 95, 90, 85, 70]
    this.percentage = levels[randInt(rng, 0, levels.length - 1)] ?? 100
  }

  emission(): Emission {
    if (this.rng() < 0.05 && this.percentage > 1) this.percentage--
    return { type: 'batteryStatus', data: { percentage: this.percentage } }
  }
}
