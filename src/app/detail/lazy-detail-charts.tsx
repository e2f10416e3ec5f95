import { Suspense, type ComponentProps } from 'react'
import { PanelBoundary, useRetryableLazy } from '../../ui/boundary'
import type { DetailChartsContainer } from './detail-charts-container'
import { loadDetailCharts } from './detail-charts-loader'

const loadCharts = () => loadDetailCharts().then((m) => m.DetailChartsContainer)

/** The detail charts from their own chunk; a placeholder while it loads, a retry if it cannot. */
export function LazyDetailCharts(props: ComponentProps<typeof DetailChartsContainer>) {
  const [Charts, reload] = useRetryableLazy(loadCharts)
  return (
    <PanelBoundary name="charts" onReset={reload}>
      <Suspense
        fallback={
          <div className="detail-card" role="status">
            Loading charts…
          </div>
        }
      >
        <Charts {...props} />
      </Suspense>
    </PanelBoundary>
  )
}
