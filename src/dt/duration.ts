/**
 * Protobuf Duration strings as DT's `ping_interval` takes them (`10s`, `1.5s`), plus the
 * `500ms` and `2m` forms people type. Returns milliseconds, or undefined when unreadable.
 */
export function parseDuration(text: string): number | undefined {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h)?\s*$/.exec(text)
  if (!m || m[1] === undefined) return undefined
  const n = Number(m[1])
  const unit = m[2] ?? 's'
  const factor = unit === 'ms' ? 1 : unit === 's' ? 1000 : unit === 'm' ? 60_000 : 3_600_000
  return Math.round(n * factor)
}

/** Milliseconds as a protobuf Duration string (`10s`, `0.5s`). */
export function formatDuration(ms: number): string {
  return `${Number((ms / 1000).toFixed(3))}s`
}
