import type { DetailRange } from './detail-ranges'

const hm = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
const hms = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' })
const day = new Intl.DateTimeFormat(undefined, { weekday: 'short' })
const full = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' })

/** Tick times every `stepMs` within [from, to], aligned to the local clock (12:00, 12:10, …). */
export function timeTicks(from: number, to: number, stepMs: number): number[] {
  if (!(stepMs > 0) || to <= from) return []
  // Align in local time so hour ticks land on the hour in every time zone (DST days may be off by one tick).
  const offset = new Date(from).getTimezoneOffset() * 60_000
  const ticks: number[] = []
  for (let t = Math.ceil((from - offset) / stepMs) * stepMs + offset; t <= to; t += stepMs) ticks.push(t)
  return ticks
}

/** Axis label of a tick: "12:10", and the weekday at midnight on the 24 h range. */
export function formatTick(t: number, range: DetailRange): string {
  const d = new Date(t)
  if (range === '24h' && d.getHours() === 0 && d.getMinutes() === 0) return day.format(d)
  return hm.format(d)
}

/** Axis label of a tick on a zoomed chart: seconds once ticks are under a minute apart. */
export function formatZoomTick(t: number, stepMs: number): string {
  return stepMs < 60_000 ? hms.format(t) : hm.format(t)
}

/** "09:15:47–09:20:02", with the days named when the span crosses midnight. */
export function formatSpan(from: number, to: number): string {
  const sameDay = new Date(from).toDateString() === new Date(to).toDateString()
  return sameDay ? `${hms.format(from)}–${hms.format(to)}` : `${full.format(from)} – ${full.format(to)}`
}

/** Tooltip and CSV-adjacent time text: "Tue 11 Mar, 09:15:47". */
export function formatFullTime(t: number): string {
  return full.format(t)
}

/** "09:15:47" */
export function formatClock(t: number): string {
  return hms.format(t)
}
