import { createStore, type StoreApi } from 'zustand/vanilla'
import type { UiStore } from '../../store'
import type { DetailRange } from '../../ui/detail/detail-ranges'
import { cleanCompare, readDetailParams, withDetailParams } from './detail-url'

/** The parts of `window` navigation needs; tests pass fakes. */
export interface NavigationWindow {
  readonly location: Pick<Location, 'pathname' | 'search' | 'hash'>
  readonly history: Pick<History, 'state' | 'pushState' | 'replaceState' | 'back'>
  addEventListener(type: 'popstate', listener: () => void): void
  removeEventListener(type: 'popstate', listener: () => void): void
}

/** The open range and compared devices; the device itself is `uiStore.selectedDeviceId`. */
export interface DetailViewState {
  readonly range: DetailRange
  readonly compare: readonly string[]
}

/** Keeps `?device=`, `?range=` and `?compare=` in step with the UI store. */
export interface DetailNavigation {
  readonly view: StoreApi<DetailViewState>
  /** Starts syncing (reads the URL once); returns stop. */
  start(): () => void
  close(): void
  setRange(range: DetailRange): void
  /** The devices drawn beside the open one (cleaned: no repeats, not itself, at most four). */
  setCompare(ids: readonly string[]): void
}

// Marks history entries this tab pushed, so closing goes Back to the entry it came from.
const MARK = 'dtLiveDetail'

function marked(state: unknown): unknown {
  return state && typeof state === 'object' ? (state as Record<string, unknown>)[MARK] : undefined
}

/**
 * Opening (anything calling `uiStore.selectDevice(id)`: a card, a log row) pushes a history entry,
 * so Back closes the view; closing an entry we pushed goes Back, otherwise (opened from a shared
 * link) it replaces the URL so the user is not sent out of the app. `popstate` syncs the store.
 */
export function createDetailNavigation(ui: UiStore, win: NavigationWindow): DetailNavigation {
  const view = createStore<DetailViewState>()(() => ({ range: 'live', compare: [] }))
  const url = (search: string) => `${win.location.pathname}${search}${win.location.hash}`
  let fromPopstate = false

  function onSelected(id: string | null): void {
    if (fromPopstate) return
    const current = readDetailParams(win.location.search).deviceId
    if (id === current) return
    if (id) {
      view.setState({ range: 'live', compare: [] })
      win.history.pushState({ ...(win.history.state as object | null), [MARK]: id }, '', url(withDetailParams(win.location.search, id)))
    } else if (current && marked(win.history.state) === current) {
      win.history.back()
    } else {
      win.history.replaceState(win.history.state, '', url(withDetailParams(win.location.search, null)))
    }
  }

  function onPopstate(): void {
    const p = readDetailParams(win.location.search)
    view.setState({ range: p.range, compare: p.compare })
    fromPopstate = true
    try {
      ui.getState().selectDevice(p.deviceId)
    } finally {
      fromPopstate = false
    }
  }

  return {
    view,
    start() {
      onPopstate()
      const unsubscribe = ui.subscribe((s, prev) => s.selectedDeviceId !== prev.selectedDeviceId && onSelected(s.selectedDeviceId))
      win.addEventListener('popstate', onPopstate)
      return () => {
        unsubscribe()
        win.removeEventListener('popstate', onPopstate)
      }
    },
    close: () => ui.getState().selectDevice(null),
    setRange(range) {
      const id = ui.getState().selectedDeviceId
      view.setState({ range })
      if (id) win.history.replaceState(win.history.state, '', url(withDetailParams(win.location.search, id, range, view.getState().compare)))
    },
    setCompare(ids) {
      const id = ui.getState().selectedDeviceId
      const compare = cleanCompare(ids, id)
      view.setState({ compare })
      if (id) win.history.replaceState(win.history.state, '', url(withDetailParams(win.location.search, id, view.getState().range, compare)))
    },
  }
}
