/** "now", "4 s", "3 min", "2 h", "5 d": the age of something that happened at `at`. */
export function formatAge(at: number | undefined | null, now: number): string {
  if (at === undefined || at === null) return '—'
  const s = Math.max(0, Math.round((now - at) / 1000))
  if (s < 1) return 'now'
  if (s < 60) return `${s} s`
  const m = Math.floor(s / 60)
  if (m < 60) return `${m} min`
  const h = Math.floor(m / 60)
  if (h < 48) return `${h} h`
  return `${Math.floor(h / 24)} d`
}

/** Events per second with a sensible precision: "0", "0.4", "38", "5,120". */
export function formatRate(perSecond: number): string {
  if (perSecond <= 0) return '0'
  if (perSecond < 10) return (Math.round(perSecond * 10) / 10).toString()
  return Math.round(perSecond).toLocaleString('en-US')
}
