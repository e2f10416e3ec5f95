import { lazy, Suspense, type ComponentProps } from 'react'
import type { DetailChartsContainer } from './detail-charts-container'
import { loadDetailCharts } from './detail-charts-loader'

const Charts = lazy(() => loadDetailCharts().then((m) => ({ default: m.DetailChartsContainer })))

/** The detail charts from their own chunk; a placeholder of the same kind while it loads. */
export function LazyDetailCharts(props: ComponentProps<typeof DetailChartsContainer>) {
  return (
    <Suspense
      fallback={
        <div className="detail-card" role="status">
          Loading charts…
        </div>
      }
    >
      <Charts {...props} />
    </Suspense>
  )
}
