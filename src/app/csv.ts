import type { EventLogEntry, TemperatureUnit } from '../store'
import { summarizeEntry } from '../store'

/** One CSV field, quoted when it holds a comma, quote or line break (RFC 4180). */
function field(value: string | number): string {
  const s = String(value)
  // A leading =, +, - or @ would run as a formula in spreadsheets; a quote mark defuses it.
  const safe = /^[=+\-@]/.test(s) && !/^-?\d/.test(s) ? `'${s}` : s
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

/** Rows to CSV text with CRLF line ends. */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  return rows.map((r) => r.map(field).join(',')).join('\r\n') + '\r\n'
}

/** The event log as CSV rows, oldest first, with a header row. */
export function logToCsv(entries: readonly EventLogEntry[], deviceName: (id: string) => string, unit: TemperatureUnit): string {
  const rows: Array<Array<string | number>> = [['time', 'device_id', 'device_name', 'event_type', 'summary', 'origin', 'event_id']]
  for (const e of entries) {
    rows.push([new Date(e.time).toISOString(), e.deviceId, deviceName(e.deviceId), e.type, summarizeEntry(e, unit), e.origin, e.eventId])
  }
  return toCsv(rows)
}

/** Saves text as a file through a temporary object URL (no server round trip). */
export function downloadText(filename: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }))
  const a = document.createElement('a')
  a.href = url
  a.download = filename
  document.body.append(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
