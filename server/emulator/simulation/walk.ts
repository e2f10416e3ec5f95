import { normal, type Rng } from '../prng'
import type { WalkSpec } from './demo-catalog'

/** Pull towards the mean per step: small enough that values drift, large enough to stay near. */
const REVERSION = 0.06

/** A random walk with mean reversion (discrete Ornstein–Uhlenbeck), clamped to its limits. */
export class Walk {
  value: number

  constructor(
    private readonly spec: WalkSpec,
    private readonly rng: Rng,
  ) {
    this.value = this.clamp(spec.mean + normal(rng) * spec.sd * 3)
  }

  step(): number {
    this.value = this.clamp(this.value + REVERSION * (this.spec.mean - this.value) + this.spec.sd * normal(this.rng))
    return this.value
  }

  private clamp(v: number): number {
    return Math.min(this.spec.max, Math.max(this.spec.min, v))
  }
}

export const round = (v: number, decimals: number): number => {
  const f = 10 ** decimals
  return Math.round(v * f) / f
}
