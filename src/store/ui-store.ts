import { createStore, type StoreApi } from 'zustand/vanilla'
import type { TemperatureUnit } from './event-summary'
import type { DeviceSort } from './device-sort'
import { DEFAULT_FILTERS, filtersEqual, type Filters } from './filters'
import { PREFERENCES_KEY, persistPreferences, readPreferences, type PreferenceStorage } from './preferences'
import { clampSetting, DEFAULT_SETTINGS, type Settings } from './settings'

/** Colour scheme; `system` follows prefers-color-scheme. */
export type Theme = 'system' | 'light' | 'dark'

/** Cold UI state: nothing here changes when events arrive. */
export interface UiStateData {
  readonly filters: Filters
  readonly selectedDeviceId: string | null
  readonly temperatureUnit: TemperatureUnit
  readonly theme: Theme
  /** The log view stops scrolling; events are still recorded. */
  readonly logPaused: boolean
  /** The view freezes at `frozenAt`; the store keeps applying events. */
  readonly livePaused: boolean
  /** Epoch ms at which live view was paused; null while live. */
  readonly frozenAt: number | null
  readonly settings: Settings
}

/** UI store actions; each is one `set` or none. */
export interface UiActions {
  setFilters(filters: Filters): void
  toggleEventType(type: string): void
  toggleDeviceType(type: string): void
  setSearch(search: string): void
  setServerSide(serverSide: boolean): void
  setSort(sort: DeviceSort): void
  clearFilters(): void
  selectDevice(id: string | null): void
  setTemperatureUnit(unit: TemperatureUnit): void
  setTheme(theme: Theme): void
  setLogPaused(paused: boolean): void
  setLivePaused(paused: boolean): void
  /** Merges and clamps settings. */
  updateSettings(patch: Partial<Settings>): void
}

/** Data and actions of the UI store. */
export type UiState = UiStateData & UiActions
/** The vanilla UI store API. */
export type UiStore = StoreApi<UiState>

/** Storage, initial filters and clock of the UI store. */
export interface UiStoreOptions {
  /** Preferences are read from and written to it; omit for none (tests, private mode). */
  storage?: PreferenceStorage | null
  storageKey?: string
  /** Usually read from the URL with `filtersFromSearchParams`. */
  initialFilters?: Filters
  now?: () => number
}

function toggle(list: readonly string[], value: string): string[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value]
}

/** Creates the cold UI store; preferences load from `storage` and are written back when they change. */
export function createUiStore(options: UiStoreOptions = {}): UiStore {
  const { storage, storageKey = PREFERENCES_KEY, now = () => Date.now() } = options
  const store = createStore<UiState>()((set, get) => {
    const setFilters = (filters: Filters) => {
      if (!filtersEqual(filters, get().filters)) set({ filters })
    }
    const patchFilters = (patch: Partial<Filters>) => setFilters({ ...get().filters, ...patch })
    return {
      filters: options.initialFilters ?? DEFAULT_FILTERS,
      selectedDeviceId: null,
      temperatureUnit: 'C',
      theme: 'system',
      logPaused: false,
      livePaused: false,
      frozenAt: null,
      settings: DEFAULT_SETTINGS,
      ...readPreferences(storage, storageKey),
      setFilters,
      toggleEventType: (type) => patchFilters({ eventTypes: toggle(get().filters.eventTypes, type) }),
      toggleDeviceType: (type) => patchFilters({ deviceTypes: toggle(get().filters.deviceTypes, type) }),
      setSearch: (search) => patchFilters({ search }),
      setServerSide: (serverSide) => patchFilters({ serverSide }),
      setSort: (sort) => patchFilters({ sort }),
      // The order is a way of looking, not a filter: clearing the filters keeps it.
      clearFilters: () => {
        const { sort } = get().filters
        setFilters(sort === DEFAULT_FILTERS.sort ? DEFAULT_FILTERS : { ...DEFAULT_FILTERS, sort })
      },
      selectDevice: (selectedDeviceId) => set({ selectedDeviceId }),
      setTemperatureUnit: (temperatureUnit) => set({ temperatureUnit }),
      setTheme: (theme) => set({ theme }),
      setLogPaused: (logPaused) => set({ logPaused }),
      setLivePaused: (livePaused) => {
        if (livePaused !== get().livePaused) set({ livePaused, frozenAt: livePaused ? now() : null })
      },
      updateSettings: (patch) => {
        const prev = get().settings
        const next: { -readonly [K in keyof Settings]: number } = { ...prev }
        for (const key of Object.keys(patch) as (keyof Settings)[]) next[key] = clampSetting(key, patch[key], prev[key])
        set({ settings: next })
      },
    }
  })
  if (storage) persistPreferences(store, storage, storageKey)
  return store
}
