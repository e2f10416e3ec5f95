/** RFC 3339 in UTC with microseconds, as DT writes timestamps (`2025-03-11T09:15:47.902113Z`). */
export function toRfc3339(ms: number): string {
  const iso = new Date(Math.floor(ms)).toISOString() // 2025-03-11T09:15:47.902Z
  const micros = String(Math.floor((ms % 1) * 1000)).padStart(3, '0')
  return `${iso.slice(0, 23)}${micros}Z`
}

/** RFC 3339 in UTC with whole seconds, as query parameters (`startTime`) are sent. */
export function toRfc3339Seconds(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19)}Z`
}
