import type { StoreApi } from 'zustand/vanilla'
import type { TemperatureUnit } from './event-summary'
import { clampSetting, DEFAULT_SETTINGS } from './settings'
import type { Theme, UiState, UiStateData } from './ui-store'

/** Where preferences are kept; `localStorage` in the browser. */
export type PreferenceStorage = Pick<Storage, 'getItem' | 'setItem'>

/** Key under which preferences are stored. */
export const PREFERENCES_KEY = 'dt-live:preferences'

// Only these fields are ever written: display preferences and buffer sizes. Tokens, project ids
// and filters never go to storage (filters live in the URL).
interface Preferences {
  temperatureUnit: TemperatureUnit
  theme: Theme
  seriesCapacity: number
  timelineCapacity: number
  logCapacity: number
}

/** Reads and validates stored preferences; anything unreadable falls back to defaults. */
export function readPreferences(storage: PreferenceStorage | null | undefined, key: string): Partial<UiStateData> {
  let raw: unknown
  try {
    raw = JSON.parse(storage?.getItem(key) ?? 'null')
  } catch {
    return {}
  }
  if (!raw || typeof raw !== 'object') return {}
  const p = raw as Partial<Record<keyof Preferences, unknown>>
  const s = DEFAULT_SETTINGS
  return {
    ...(p.temperatureUnit === 'C' || p.temperatureUnit === 'F' ? { temperatureUnit: p.temperatureUnit } : {}),
    ...(p.theme === 'system' || p.theme === 'light' || p.theme === 'dark' ? { theme: p.theme } : {}),
    settings: {
      ...s,
      seriesCapacity: clampSetting('seriesCapacity', p.seriesCapacity, s.seriesCapacity),
      timelineCapacity: clampSetting('timelineCapacity', p.timelineCapacity, s.timelineCapacity),
      logCapacity: clampSetting('logCapacity', p.logCapacity, s.logCapacity),
    },
  }
}

function preferencesOf(s: UiStateData): Preferences {
  const { seriesCapacity, timelineCapacity, logCapacity } = s.settings
  return { temperatureUnit: s.temperatureUnit, theme: s.theme, seriesCapacity, timelineCapacity, logCapacity }
}

/** Writes the preferences whenever one of them changes (and only then). */
export function persistPreferences(store: StoreApi<UiState>, storage: PreferenceStorage, key: string): void {
  let saved = JSON.stringify(preferencesOf(store.getState()))
  store.subscribe((state) => {
    const json = JSON.stringify(preferencesOf(state))
    if (json === saved) return
    saved = json
    try {
      storage.setItem(key, json)
    } catch {
      // Quota or privacy mode: preferences just don't persist.
    }
  })
}
