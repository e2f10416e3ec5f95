export { PanelBoundary, type PanelBoundaryProps } from './panel-boundary'
export { useRetryableLazy } from './use-retryable-lazy'
