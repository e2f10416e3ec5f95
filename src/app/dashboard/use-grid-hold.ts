import { useEffect, useMemo, useState, type FocusEvent, type PointerEvent } from 'react'
import type { GridHoldHandlers } from '../../ui/grid/device-grid'

/** True for focus a keyboard put there; a click focuses the card too but leaves with the pointer. */
function isKeyboardFocus(target: Element): boolean {
  try {
    return target.matches(':focus-visible')
  } catch {
    return true
  }
}

/**
 * Whether the user is in the grid: the pointer over it or keyboard focus inside it. A live-value
 * order waits while they are, so a card does not move as they reach for it. Spread `handlers`
 * on the grid.
 */
export function useGridHold(): { held: boolean; handlers: GridHoldHandlers } {
  const [pointerIn, setPointerIn] = useState<HTMLElement | null>(null)
  const [keyboardIn, setKeyboardIn] = useState(false)

  useEffect(() => {
    if (!pointerIn) return
    // No pointerleave comes when the grid goes away under the pointer (a filter emptied it),
    // so any later move outside it ends the hold too.
    const onMove = (e: globalThis.PointerEvent) => {
      if (!pointerIn.isConnected || !(e.target instanceof Node && pointerIn.contains(e.target))) setPointerIn(null)
    }
    document.addEventListener('pointermove', onMove)
    return () => document.removeEventListener('pointermove', onMove)
  }, [pointerIn])

  const handlers = useMemo<GridHoldHandlers>(
    () => ({
      onPointerEnter: (e: PointerEvent<HTMLElement>) => setPointerIn(e.currentTarget),
      onPointerLeave: () => setPointerIn(null),
      onFocus: (e: FocusEvent<HTMLElement>) => setKeyboardIn(isKeyboardFocus(e.target)),
      onBlur: (e: FocusEvent<HTMLElement>) => {
        if (!(e.relatedTarget instanceof Node && e.currentTarget.contains(e.relatedTarget))) setKeyboardIn(false)
      },
    }),
    [],
  )
  return { held: pointerIn !== null || keyboardIn, handlers }
}
