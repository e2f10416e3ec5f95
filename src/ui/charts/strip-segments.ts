/** One stretch of a single state inside a window; `state` is null before the first known state. */
export interface Segment {
  readonly start: number
  readonly end: number
  readonly state: string | null
}

/** State changes in time order, as a StateTimeline snapshot holds them. */
export interface Changes {
  readonly times: readonly number[]
  readonly states: readonly string[]
}

/**
 * Cuts [from, to] into segments of one state each. The snapshot is led by the change in force at
 * `from`, so a strip starts filled; time before any known state is a null segment.
 */
export function stripSegments({ times, states }: Changes, from: number, to: number): Segment[] {
  const out: Segment[] = []
  if (!(to > from)) return out
  const n = Math.min(times.length, states.length)
  let cursor = from
  let state: string | null = null
  for (let i = 0; i < n; i++) {
    const t = times[i] as number
    if (t > cursor) {
      if (t >= to) break
      out.push({ start: cursor, end: t, state })
      cursor = t
    }
    state = states[i] as string
  }
  out.push({ start: cursor, end: to, state })
  return mergeRuns(out)
}

function mergeRuns(segments: Segment[]): Segment[] {
  const out: Segment[] = []
  for (const s of segments) {
    const last = out[out.length - 1]
    if (last && last.state === s.state) out[out.length - 1] = { ...last, end: s.end }
    else out.push(s)
  }
  return out
}

/** Time spent in any of `active` states, and the number of state changes, inside the window. */
export function activeSummary(segments: readonly Segment[], active: readonly string[]): { activeMs: number; changes: number } {
  let activeMs = 0
  let changes = 0
  segments.forEach((s, i) => {
    if (s.state === null) return
    if (i > 0 && segments[i - 1]?.state !== null) changes++
    if (active.includes(s.state)) activeMs += s.end - s.start
  })
  return { activeMs, changes }
}

/** "0 s", "45 s", "12 min", "1 h 5 min". */
export function formatSpan(ms: number): string {
  const s = Math.round(ms / 1000)
  if (s < 60) return `${s} s`
  // Rounded down: "Open 15 min" must not show while the door closed 20 s ago.
  const m = Math.floor(s / 60)
  if (m < 60) return `${m} min`
  return `${Math.floor(m / 60)} h${m % 60 ? ` ${m % 60} min` : ''}`
}
