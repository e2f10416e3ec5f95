/** One line of the results table. */
export interface Row {
  section: string
  measure: string
  /** Shown as is; numbers get thousands separators. */
  value: number | string
  unit?: string
  /** The target in words, e.g. "≥ 5,000"; empty when the row is informational. */
  target?: string
  /** true pass, false fail, undefined: no target. */
  pass?: boolean
  /** Free text: conditions, the limit that applied. */
  note?: string
}

const fmt = (v: number | string, unit?: string) => {
  const text = typeof v === 'number' ? (Number.isFinite(v) ? v.toLocaleString('en-US', { maximumFractionDigits: 1 }) : 'n/a') : v
  return unit ? `${text} ${unit}` : text
}

/** The results as an aligned plain-text table (also valid Markdown). */
export function formatTable(rows: readonly Row[]): string {
  const header = ['section', 'measure', 'value', 'target', 'result', 'note']
  const body = rows.map((r) => [r.section, r.measure, fmt(r.value, r.unit), r.target ?? '', r.pass === undefined ? '' : r.pass ? 'pass' : 'FAIL', r.note ?? ''])
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] as string).length)))
  const line = (cells: readonly string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] as number)).join(' | ')} |`
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n')
}
