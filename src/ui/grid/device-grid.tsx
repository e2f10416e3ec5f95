import { useVirtualizer } from '@tanstack/react-virtual'
import { useCallback, useRef, type DOMAttributes, type ReactNode } from 'react'
import { CardSkeleton } from '../card/card-skeleton'
import { CARD_HEIGHT, GRID_GAP, cardWidth, columnCount } from './column-count'
import { useElementWidth } from './use-element-width'
import { useGridKeys } from './use-grid-keys'
import './grid.css'

export interface DeviceGridProps {
  ids: readonly string[]
  /** Renders one card at the given width in px (charts size themselves to it). */
  renderCard: (id: string, width: number) => ReactNode
  /** Skeleton cards to show instead of `ids` (device list still loading). */
  skeletons?: number
  label: string
  /** Pointer and focus handlers for the list, to tell when the user is in it (the dashboard holds a live order still then). */
  handlers?: GridHoldHandlers
}

export type GridHoldHandlers = Pick<DOMAttributes<HTMLElement>, 'onPointerEnter' | 'onPointerLeave' | 'onFocus' | 'onBlur'>

const ROW_HEIGHT = CARD_HEIGHT + GRID_GAP
const NO_IDS: readonly string[] = []

/**
 * Cards in rows, virtualised by row: only the rows on screen (plus two) exist in the DOM, so
 * 10,000 devices cost what 30 do and off-screen cards draw no charts. The column count follows
 * the container width; the card height is fixed, so rows never move as data arrives.
 */
export function DeviceGrid({ ids, renderCard, skeletons = 0, label, handlers }: DeviceGridProps) {
  const scroller = useRef<HTMLDivElement>(null)
  const width = useElementWidth(scroller)
  const columns = columnCount(width)
  const cardW = cardWidth(width, columns)
  const cells = skeletons > 0 ? NO_IDS : ids
  const count = skeletons > 0 ? skeletons : cells.length
  const rows = Math.ceil(count / columns)
  // The virtualizer hands out functions that React Compiler cannot memoise; this component opts out.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtual = useVirtualizer({ count: rows, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 2 })
  const scrollToRow = useCallback((row: number) => virtual.scrollToIndex(row, { align: 'auto' }), [virtual])
  const onKeyDown = useGridKeys(scroller, count, columns, ROW_HEIGHT, scrollToRow)

  return (
    <div ref={scroller} className="device-grid" role="list" aria-label={label} aria-busy={skeletons > 0 || undefined} onKeyDown={onKeyDown} {...handlers}>
      <div className="device-grid-inner" style={{ height: virtual.getTotalSize() }}>
        {width > 0 &&
          virtual.getVirtualItems().map((row) => {
            const first = row.index * columns
            const slots = Array.from({ length: Math.min(columns, count - first) }, (_, j) => first + j)
            return (
              <div key={row.key} className="grid-row" style={{ transform: `translateY(${row.start}px)`, height: CARD_HEIGHT, gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))` }}>
                {slots.map((i) => {
                  const id = cells[i]
                  return id === undefined ? (
                    <div key={`skeleton-${i}`} className="grid-cell">
                      <CardSkeleton />
                    </div>
                  ) : (
                    <div key={id} className="grid-cell" role="listitem" aria-posinset={i + 1} aria-setsize={count} data-index={i}>
                      {renderCard(id, cardW)}
                    </div>
                  )
                })}
              </div>
            )
          })}
      </div>
    </div>
  )
}
