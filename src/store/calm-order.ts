import type { DeviceSort } from './device-sort'

/** How often a live-value order is re-sorted, at most (ms). */
export const CALM_RESORT_MS = 10_000

/**
 * A snapshot of the grid's order for a live-value sort. Sorting on every event would move
 * cards under the reader's eyes and under their pointer, so the order is taken at a slow
 * cadence and held still while the user is in the grid.
 */
export interface CalmOrder {
  /** The ids in display order. */
  readonly ids: readonly string[]
  /** The visible ids the order was made for. */
  readonly visible: readonly string[]
  readonly sort: DeviceSort
  /** The device store's catalogVersion (names, labels) when the order was made. */
  readonly catalog: number
  /** Clock time (ms) of the last full sort. */
  readonly sortedAt: number
  /** A full sort fell due while the grid was held: it is done as soon as the hold ends. */
  readonly owed: boolean
}

export interface CalmOrderInput {
  /** The visible device ids, in any order. */
  readonly visible: readonly string[]
  readonly sort: DeviceSort
  readonly catalog: number
  /** The clock (ms). */
  readonly now: number
  /** The pointer is over the grid or keyboard focus is inside it: cards must not move. */
  readonly held: boolean
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a === b || (a.length === b.length && a.every((v, i) => v === b[i]))
}

/**
 * The previous order where it still holds: ids no longer visible drop out, new ones go after
 * the rest (sorted among themselves) so no card the user may be aiming at moves.
 */
function keepOrder(prev: readonly string[], visible: readonly string[], sortIds: (ids: readonly string[]) => readonly string[]): string[] {
  const shown = new Set(visible)
  const had = new Set(prev)
  const kept = prev.filter((id) => shown.has(id))
  const added = visible.filter((id) => !had.has(id))
  return added.length ? [...kept, ...sortIds(added)] : kept
}

/**
 * The order to show next. A full sort happens when the sort is picked (always: the user asked
 * for it), and when the visible set or names changed, `intervalMs` passed, or a sort is owed,
 * unless the grid is held: then the order stays, a changed visible set is patched in place
 * (see keepOrder) and the sort is owed until the hold ends. Returns `prev` itself when nothing
 * changes, so it can be called on every render.
 */
export function nextCalmOrder(
  prev: CalmOrder | null,
  input: CalmOrderInput,
  sortIds: (ids: readonly string[]) => readonly string[],
  intervalMs: number = CALM_RESORT_MS,
): CalmOrder {
  const { visible, sort, catalog, now, held } = input
  const fresh = (): CalmOrder => {
    const ids = sortIds(visible)
    // The same array when the order did not change, so the grid has nothing to re-render.
    return { ids: prev && sameIds(prev.ids, ids) ? prev.ids : ids, visible, sort, catalog, sortedAt: now, owed: false }
  }
  if (!prev || prev.sort !== sort) return fresh()
  const setChanged = !sameIds(prev.visible, visible)
  const due = setChanged || prev.catalog !== catalog || prev.owed || now - prev.sortedAt >= intervalMs
  if (!due) return prev
  if (!held) return fresh()
  if (setChanged) return { ...prev, ids: keepOrder(prev.ids, visible, sortIds), visible, catalog, owed: true }
  if (prev.owed && prev.catalog === catalog) return prev
  return { ...prev, catalog, owed: true }
}
