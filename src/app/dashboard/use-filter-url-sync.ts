import { useCallback, useEffect, useState } from 'react'
import { uiStore, type UiStore } from '../../store'
import { readUrlFilters, urlWithFilters } from './url-filters'

/** Typing in the search box writes the URL at most this often. */
const WRITE_DELAY_MS = 250

/** What the URL sync reports: values ignored in the link, and a way to hide that note. */
export interface UrlSyncState {
  readonly problems: readonly string[]
  readonly dismiss: () => void
}

/**
 * Keeps the filters and the URL in step: reads them from the URL on mount, writes changes back
 * with `history.replaceState` (no history entry per keystroke), and re-reads on back/forward.
 * Mounted inside the dashboard, this effect runs before the dashboard's own session effect, so
 * the first stream already carries a server-side filter from the link.
 */
export function useFilterUrlSync(store: UiStore = uiStore, win: Window = window): UrlSyncState {
  const [problems, setProblems] = useState<readonly string[]>(() => readUrlFilters(win.location).problems)

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null
    const write = () => {
      timer = null
      const url = urlWithFilters(store.getState().filters, win.location)
      const current = `${win.location.pathname}${win.location.search}${win.location.hash}`
      // history.state is kept: the detail view may keep its own state in the entry.
      if (url !== current) win.history.replaceState(win.history.state, '', url)
    }
    const flush = () => {
      if (timer === null) return
      clearTimeout(timer)
      write()
    }
    const read = () => {
      flush()
      const parsed = readUrlFilters(win.location)
      store.getState().setFilters(parsed.filters)
      setProblems(parsed.problems)
    }
    store.getState().setFilters(readUrlFilters(win.location).filters)
    const unsubscribe = store.subscribe((state, prev) => {
      if (state.filters === prev.filters) return
      if (timer !== null) clearTimeout(timer)
      timer = setTimeout(write, WRITE_DELAY_MS)
    })
    win.addEventListener('popstate', read)
    win.addEventListener('pagehide', flush)
    return () => {
      unsubscribe()
      win.removeEventListener('popstate', read)
      win.removeEventListener('pagehide', flush)
      flush()
    }
  }, [store, win])

  const dismiss = useCallback(() => setProblems([]), [])
  return { problems, dismiss }
}
