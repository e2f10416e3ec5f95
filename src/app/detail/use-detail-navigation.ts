import { useEffect } from 'react'
import { uiStore } from '../../store'
import { createDetailNavigation, type DetailNavigation } from './detail-navigation'

let navigation: DetailNavigation | null = null

/** The tab's one detail navigation (URL ⇄ selected device), created on first use. */
export function detailNavigation(): DetailNavigation {
  navigation ??= createDetailNavigation(uiStore, window)
  return navigation
}

/** Keeps `?device=` in step with the selection while mounted. */
export function useDetailNavigation(): DetailNavigation {
  const nav = detailNavigation()
  useEffect(() => nav.start(), [nav])
  return nav
}
