import type { ReactNode } from 'react'
import './grid.css'

export interface GridSummaryProps {
  shown: number
  total: number
  /** Device list still loading: the count listed so far. */
  loadingCount: number | null
  /** History prefill progress ("Loading history… 12 of 33 devices"), or null when done or idle. */
  progress: string | null
  /** Controls at the end of the line (the sort order). */
  end?: ReactNode
}

const n = (x: number) => x.toLocaleString('en-US')

function Count({ shown, total, loadingCount }: Omit<GridSummaryProps, 'progress'>) {
  if (loadingCount !== null) return <>Loading devices… {n(loadingCount)} so far</>
  if (shown === total) {
    return (
      <>
        <strong className="num">{n(total)}</strong> {total === 1 ? 'device' : 'devices'}
      </>
    )
  }
  return (
    <>
      <strong className="num">{n(shown)}</strong> of <span className="num">{n(total)}</span> devices match
    </>
  )
}

/** One fixed-height line above the grid: how many devices show, what is still loading, the order. */
export function GridSummary({ progress, end, ...counts }: GridSummaryProps) {
  return (
    <div className="grid-summary">
      {/* Only the count is announced; history progress changes too often to read out. */}
      <span role="status" className="grid-count">
        <Count {...counts} />
      </span>
      {progress && <span className="grid-progress">{progress}</span>}
      {end && <span className="grid-summary-end">{end}</span>}
    </div>
  )
}
