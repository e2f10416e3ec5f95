/** Props of {@link ZoomControls}. */
export interface ZoomControlsProps {
  zoomed: boolean
  onZoomIn: () => void
  onZoomOut: () => void
}

/**
 * Zoom for the keyboard (dragging across a chart does the same with a mouse or a finger). Both
 * buttons are always there, so nothing in the toolbar moves when a zoom starts or ends.
 */
export function ZoomControls({ zoomed, onZoomIn, onZoomOut }: ZoomControlsProps) {
  return (
    <div className="detail-zoom" role="group" aria-label="Zoom">
      <button type="button" className="button detail-zoom-button" onClick={onZoomOut} disabled={!zoomed} aria-label="Zoom out" title="Zoom out (twice the time)">
        <span aria-hidden="true">−</span>
      </button>
      <button type="button" className="button detail-zoom-button" onClick={onZoomIn} aria-label="Zoom in" title="Zoom in (half the time); or drag across a chart">
        <span aria-hidden="true">+</span>
      </button>
    </div>
  )
}

/** Props of {@link ZoomChip}. */
export interface ZoomChipProps {
  /** "09:15:40–09:20:40" */
  span: string
  onReset: () => void
}

/** Says the charts show a zoomed, still window, and gives the way back to the whole range. */
export function ZoomChip({ span, onReset }: ZoomChipProps) {
  return (
    <span className="detail-zoom-chip">
      Zoomed to {span}
      <button type="button" className="detail-zoom-reset" onClick={onReset}>
        Reset zoom
      </button>
    </span>
  )
}
