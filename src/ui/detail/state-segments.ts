/** A span of one state within the window. */
export interface StateSegment {
  readonly start: number
  readonly end: number
  readonly state: string
}

/** Turns state changes into segments clipped to [from, to]; time before the first known state is left out. */
export function stateSegments(times: readonly number[], states: readonly string[], from: number, to: number): StateSegment[] {
  const out: StateSegment[] = []
  for (let i = 0; i < times.length; i++) {
    const start = Math.max(from, times[i] as number)
    const end = Math.min(to, times[i + 1] ?? to)
    if (end > start) out.push({ start, end, state: states[i] as string })
  }
  return out
}
