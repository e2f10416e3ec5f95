/**
 * The detail charts (recharts, d3 and their helpers) are the largest part of the app and no
 * dashboard view needs them at first paint, so they load as their own chunk: on the first
 * detail view, or earlier while the browser is idle after start-up.
 */
export const loadDetailCharts = () => import('./detail-charts-container')

/** Fetches the chart chunk when the main thread is idle (at the latest after `timeoutMs`). */
export function preloadDetailChartsWhenIdle(timeoutMs = 5000): () => void {
  const g = globalThis as { requestIdleCallback?: (cb: () => void, o: { timeout: number }) => number; cancelIdleCallback?: (h: number) => void }
  const load = () => void loadDetailCharts().catch(() => undefined)
  if (g.requestIdleCallback) {
    const handle = g.requestIdleCallback(load, { timeout: timeoutMs })
    return () => g.cancelIdleCallback?.(handle)
  }
  const handle = setTimeout(load, timeoutMs)
  return () => clearTimeout(handle)
}
