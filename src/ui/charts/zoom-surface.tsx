import { useRef, useState, type PointerEvent, type ReactNode } from 'react'
import { timeAt, type PlotEdges, type TimeSpan } from '../detail/zoom'

/** A drag shorter than this is a click (the tooltip's), not a zoom. */
const MIN_DRAG_PX = 6

/** Props of {@link ZoomSurface}. */
export interface ZoomSurfaceProps {
  /** The window the chart shows now. */
  span: TimeSpan
  /** The plot area's edges within the surface, in pixels. */
  plot: PlotEdges
  /** Called with the two times a drag spans, in drag order. */
  onSelect: (a: number, b: number) => void
  children: ReactNode
}

/**
 * Drag across a chart to pick a time span. The selection lives here, so the chart itself (the
 * `children` element, unchanged between moves) does not re-render while the pointer moves.
 */
export function ZoomSurface({ span, plot, onSelect, children }: ZoomSurfaceProps) {
  const [drag, setDrag] = useState<{ start: number; end: number } | null>(null)
  const box = useRef<HTMLDivElement>(null)
  const xOf = (e: PointerEvent) => e.clientX - (box.current?.getBoundingClientRect().left ?? 0)
  const clampX = (x: number) => Math.min(plot.right, Math.max(plot.left, x))

  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0) return
    const x = xOf(e)
    if (x < plot.left || x > plot.right) return
    e.currentTarget.setPointerCapture?.(e.pointerId)
    setDrag({ start: x, end: x })
  }
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (drag) setDrag({ start: drag.start, end: clampX(xOf(e)) })
  }
  const onPointerUp = (e: PointerEvent<HTMLDivElement>) => {
    if (!drag) return
    const end = clampX(xOf(e))
    setDrag(null)
    if (Math.abs(end - drag.start) >= MIN_DRAG_PX) onSelect(timeAt(drag.start, plot, span), timeAt(end, plot, span))
  }

  const left = drag ? Math.min(drag.start, drag.end) : 0
  const width = drag ? Math.abs(drag.end - drag.start) : 0
  return (
    <div
      ref={box}
      className="zoom-surface"
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={() => setDrag(null)}
      data-dragging={drag ? true : undefined}
    >
      {children}
      {drag && width > 0 && <div className="zoom-selection" style={{ left, width }} aria-hidden="true" />}
    </div>
  )
}
