const fmt = new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 })
const fmtWhole = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 })

/** A value as the stats show it: one decimal (whole for ppm and counts), with a real minus sign. */
export function statValue(v: number, unit: string): string {
  const text = (unit === 'ppm' || unit === '' ? fmtWhole : fmt).format(v).replace('-', '−')
  return unit ? `${text} ${unit}` : text
}
