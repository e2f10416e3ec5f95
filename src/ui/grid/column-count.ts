/** Narrowest card before the grid drops a column. */
export const MIN_CARD_WIDTH = 264
/** Gap between cards, horizontally and vertically (--space-3). */
export const GRID_GAP = 12
/** Fixed card height: values arriving never change the layout. */
export const CARD_HEIGHT = 188
/** Most columns, so ultra-wide screens do not get postage-stamp cards. */
export const MAX_COLUMNS = 8

/** How many cards fit side by side in `width` px (at least one). */
export function columnCount(width: number, minCardWidth = MIN_CARD_WIDTH, gap = GRID_GAP, maxColumns = MAX_COLUMNS): number {
  if (!(width > 0)) return 1
  const fit = Math.floor((width + gap) / (minCardWidth + gap))
  return Math.max(1, Math.min(maxColumns, fit))
}

/** Width of one card when `columns` cards share `width` px. */
export function cardWidth(width: number, columns: number, gap = GRID_GAP): number {
  const cols = Math.max(1, columns)
  return Math.max(0, Math.floor((width - gap * (cols - 1)) / cols))
}

/** Index of the card a grid key moves to, or null for keys the grid does not handle. */
export function moveIndex(key: string, index: number, count: number, columns: number, pageRows: number): number | null {
  const last = count - 1
  const clamp = (i: number) => Math.max(0, Math.min(last, i))
  switch (key) {
    case 'ArrowRight':
      return clamp(index + 1)
    case 'ArrowLeft':
      return clamp(index - 1)
    case 'ArrowDown':
      return clamp(index + columns)
    case 'ArrowUp':
      return clamp(index - columns)
    case 'PageDown':
      return clamp(index + columns * pageRows)
    case 'PageUp':
      return clamp(index - columns * pageRows)
    case 'Home':
      return 0
    case 'End':
      return last
    default:
      return null
  }
}
