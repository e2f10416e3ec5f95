import type { Points } from './downsample'
import type { Domain } from './y-domain'

/** The drawing box of a sparkline, in SVG user units (= CSS pixels at the card's width). */
export interface Box {
  readonly width: number
  readonly height: number
}

/** SVG path data for the line and for the area under it. */
export interface SparkPaths {
  readonly line: string
  readonly area: string
}

const round = (x: number) => Math.round(x * 10) / 10

/** Median spacing of consecutive times, or 0 for fewer than two points. */
export function medianSpacing(times: readonly number[]): number {
  if (times.length < 2) return 0
  const gaps: number[] = []
  for (let i = 1; i < times.length; i++) gaps.push((times[i] as number) - (times[i - 1] as number))
  gaps.sort((a, b) => a - b)
  return gaps[gaps.length >> 1] ?? 0
}

/**
 * Line and area paths for points in a time window. The line breaks where points are further
 * apart than `gapMs` (a device that went silent shows a gap, not a straight line bridging it).
 */
export function sparkPaths(points: Points, from: number, to: number, domain: Domain, box: Box, gapMs: number): SparkPaths {
  const { times, values } = points
  const n = Math.min(times.length, values.length)
  if (n === 0 || !(to > from) || !(domain.hi > domain.lo)) return { line: '', area: '' }
  // A 1 px inset keeps a line at the domain's edge from being clipped in half.
  const inner = Math.max(1, box.height - 2)
  const x = (t: number) => round(((t - from) / (to - from)) * box.width)
  const y = (v: number) => round(1 + inner - ((v - domain.lo) / (domain.hi - domain.lo)) * inner)
  let line = ''
  let area = ''
  let runStart = 0
  const closeRun = (end: number) => {
    if (end - runStart < 1) return
    area += `L${x(times[end] as number)} ${box.height}L${x(times[runStart] as number)} ${box.height}Z`
  }
  for (let i = 0; i < n; i++) {
    const t = times[i] as number
    const cmd = i === 0 || t - (times[i - 1] as number) > gapMs ? 'M' : 'L'
    if (cmd === 'M' && i > 0) {
      closeRun(i - 1)
      runStart = i
    }
    const seg = `${cmd}${x(t)} ${y(values[i] as number)}`
    line += seg
    area += seg
  }
  closeRun(n - 1)
  return { line, area }
}
