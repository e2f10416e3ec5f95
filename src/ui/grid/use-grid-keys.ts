import { useCallback, type KeyboardEvent, type RefObject } from 'react'
import { moveIndex } from './column-count'

const MAX_FOCUS_FRAMES = 20

/**
 * Arrow keys, Page Up/Down, Home and End between cards. Cards off screen are not rendered, so
 * the grid scrolls the target row in first and focuses its button once it exists.
 */
export function useGridKeys(
  scroller: RefObject<HTMLElement | null>,
  count: number,
  columns: number,
  rowHeight: number,
  scrollToRow: (row: number) => void,
): (event: KeyboardEvent<HTMLElement>) => void {
  return useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return
      const cell = (event.target as HTMLElement).closest<HTMLElement>('[data-index]')
      const root = scroller.current
      if (!cell || !root) return
      const pageRows = Math.max(1, Math.floor(root.clientHeight / rowHeight))
      const next = moveIndex(event.key, Number(cell.dataset.index), count, columns, pageRows)
      if (next === null) return
      event.preventDefault()
      scrollToRow(Math.floor(next / columns))
      let frames = 0
      const focus = () => {
        const button = root.querySelector<HTMLElement>(`[data-index="${next}"] button`)
        if (button) button.focus({ preventScroll: false })
        else if (frames++ < MAX_FOCUS_FRAMES) requestAnimationFrame(focus)
      }
      focus()
    },
    [scroller, count, columns, rowHeight, scrollToRow],
  )
}
