import { toCsv } from '../csv'

/** One column of the export: a numeric series already in the display unit, or a state timeline. */
export interface CsvColumn {
  /** Header, with the unit: "Temperature (°F)". */
  readonly header: string
  readonly times: readonly number[]
  readonly values: readonly (number | string)[]
}

// Unit conversion leaves float noise (70.52000000000001); four decimals is beyond any sensor.
const clean = (v: number | string) => (typeof v === 'number' ? Number(v.toFixed(4)) : v)

/**
 * The visible series as CSV: an ISO time column, then one column per series, one row per distinct
 * time (a humidity sensor's temperature and humidity share their sample times). A column without
 * a value at a row's time is left empty. Quoting follows RFC 4180 (see csv.ts).
 */
export function seriesToCsv(columns: readonly CsvColumn[]): string {
  const rows = new Map<number, Array<number | string>>()
  columns.forEach((c, col) => {
    c.times.forEach((t, i) => {
      let row = rows.get(t)
      if (!row) rows.set(t, (row = new Array<number | string>(columns.length).fill('')))
      row[col] = clean(c.values[i] ?? '')
    })
  })
  const body = [...rows.entries()].sort((a, b) => a[0] - b[0]).map(([t, cells]) => [new Date(t).toISOString(), ...cells])
  return toCsv([['time', ...columns.map((c) => c.header)], ...body])
}

/** A file name from the device name, the range and the window end: "freezer-3-top-shelf_24h_2025-03-11_0915.csv". */
export function csvFileName(deviceName: string, range: string, end: number): string {
  const slug =
    deviceName
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'device'
  const d = new Date(end)
  const pad = (n: number) => String(n).padStart(2, '0')
  const stamp = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}_${pad(d.getHours())}${pad(d.getMinutes())}`
  return `${slug}_${range}_${stamp}.csv`
}
