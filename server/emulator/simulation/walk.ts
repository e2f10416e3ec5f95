import { normal, type Rng } from '../prng'
import type { WalkSpec } from './demo-catalog'

/** Pull towards the mean per reference step: small enough that values drift, large enough to stay near. */
const REVERSION = 0.06
/** The step the walk's `sd` and REVERSION are stated for: one minute, the prefilled history's spacing. */
const REFERENCE_MS = 60_000

/** A random walk with mean reversion (discrete Ornstein–Uhlenbeck), clamped to its limits. */
export class Walk {
  value: number

  constructor(
    private readonly spec: WalkSpec,
    private readonly rng: Rng,
  ) {
    this.value = this.clamp(spec.mean + normal(rng) * spec.sd * 3)
  }

  /**
   * Advances the walk by `dtMs`. Pull and noise scale with time (the exact discretisation of the
   * same Ornstein–Uhlenbeck process), so the live cadence of a few seconds continues the minute
   * spacing of the prefilled history without a visible change in texture at "now".
   */
  step(dtMs = REFERENCE_MS): number {
    const k = Math.max(0, dtMs) / REFERENCE_MS
    const keep = (1 - REVERSION) ** k
    const noise = this.spec.sd * Math.sqrt((1 - keep * keep) / (1 - (1 - REVERSION) ** 2))
    this.value = this.clamp(this.spec.mean + keep * (this.value - this.spec.mean) + noise * normal(this.rng))
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
