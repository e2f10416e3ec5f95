import type { AlarmItemView } from './alarm-views'

const clock = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' })

/** "12 s", "4 min", "1 h 5 min", "2 d 3 h": a span of time, coarse enough to read at a glance. */
export function formatSpan(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000))
  if (s < 60) return `${s} s`
  const m = Math.floor(s / 60)
  if (m < 60) return `${m} min`
  const h = Math.floor(m / 60)
  if (h < 48) return m % 60 ? `${h} h ${m % 60} min` : `${h} h`
  return `${Math.floor(h / 24)} d ${h % 24} h`
}

/**
 * "for 12 s of 1 min", "since 12:04:31 · 4 min", "cleared 12:06:10 after 2 min"; "last heard
 * 12:04:31" for a silent device. No running time when the condition line already counts it.
 */
export function alarmTiming(a: Pick<AlarmItemView, 'kind' | 'phase' | 'startedAt' | 'clearedAt' | 'delayS' | 'ongoing'>, now: number): string {
  if (a.phase === 'pending') return `for ${formatSpan(now - a.startedAt)} of ${formatSpan(a.delayS * 1000)}`
  if (a.phase === 'cleared') return `cleared ${clock.format(a.clearedAt ?? now)} after ${formatSpan((a.clearedAt ?? now) - a.startedAt)}`
  const since = `${a.kind === 'offline' ? 'last heard' : 'since'} ${clock.format(a.startedAt)}`
  return a.ongoing ? since : `${since} · ${formatSpan(now - a.startedAt)}`
}

/** "12:04:31" */
export function formatClockTime(t: number): string {
  return clock.format(t)
}
