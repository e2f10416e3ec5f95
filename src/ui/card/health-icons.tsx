/** Battery glyph filled to `percent`; warns under 20 %. */
export function BatteryLevel({ percent }: { percent: number | null }) {
  if (percent === null) return null
  const p = Math.max(0, Math.min(100, percent))
  return (
    <span className="health" data-low={p < 20} title={`Battery ${Math.round(p)} %`}>
      <svg width="18" height="10" viewBox="0 0 18 10" aria-hidden="true">
        <rect x="0.5" y="0.5" width="15" height="9" rx="2" className="health-outline" />
        <rect x="16" y="3" width="1.5" height="4" rx="0.5" className="health-fill" />
        <rect x="2" y="2" width={(12 * p) / 100} height="6" rx="1" className="health-fill" />
      </svg>
      <span className="num">{Math.round(p)} %</span>
      <span className="visually-hidden"> battery</span>
    </span>
  )
}

/** Four signal bars for a 0–100 % strength (the strongest cloud connector). */
export function SignalLevel({ percent, title }: { percent: number | null; title: string }) {
  if (percent === null) return null
  const p = Math.max(0, Math.min(100, percent))
  const bars = p >= 75 ? 4 : p >= 50 ? 3 : p >= 25 ? 2 : p > 0 ? 1 : 0
  return (
    <span className="health" data-low={p < 25} title={title}>
      <svg width="14" height="10" viewBox="0 0 14 10" aria-hidden="true">
        {[0, 1, 2, 3].map((i) => (
          <rect key={i} x={i * 3.5} y={7 - i * 2.3} width="2.5" height={3 + i * 2.3} rx="0.5" className={i < bars ? 'health-fill' : 'health-empty'} />
        ))}
      </svg>
      <span className="num">{Math.round(p)} %</span>
      <span className="visually-hidden"> signal</span>
    </span>
  )
}
