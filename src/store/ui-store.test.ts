import { describe, expect, it } from 'vitest'
import { DEFAULT_FILTERS } from './filters'
import { PREFERENCES_KEY, type PreferenceStorage } from './preferences'
import { DEFAULT_SETTINGS } from './settings'
import { createUiStore } from './ui-store'

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial))
  let writes = 0
  const storage: PreferenceStorage = {
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => {
      writes++
      data.set(k, v)
    },
  }
  return { storage, data, writes: () => writes }
}

describe('createUiStore', () => {
  it('starts with defaults', () => {
    const s = createUiStore().getState()
    expect(s).toMatchObject({ filters: DEFAULT_FILTERS, temperatureUnit: 'C', theme: 'system', livePaused: false, frozenAt: null, settings: DEFAULT_SETTINGS })
    expect(s.settings.historyMinutes).toBe(60)
  })

  it('edits filters, and keeps the same object when nothing changes', () => {
    const store = createUiStore()
    store.getState().toggleEventType('temperature')
    store.getState().toggleEventType('contact')
    store.getState().toggleEventType('temperature')
    store.getState().toggleDeviceType('contact')
    store.getState().setSearch('door')
    expect(store.getState().filters).toEqual({ eventTypes: ['contact'], deviceTypes: ['contact'], search: 'door', serverSide: false, sort: 'name' })
    const before = store.getState().filters
    store.getState().setFilters({ ...before })
    expect(store.getState().filters).toBe(before)
    store.getState().clearFilters()
    expect(store.getState().filters).toBe(DEFAULT_FILTERS)
  })

  it('keeps the chosen order when the filters are cleared', () => {
    const store = createUiStore()
    store.getState().setSort('alarms')
    store.getState().setSearch('freezer')
    store.getState().clearFilters()
    expect(store.getState().filters).toEqual({ ...DEFAULT_FILTERS, sort: 'alarms' })
  })

  it('freezes the live view with a timestamp', () => {
    let now = 1000
    const store = createUiStore({ now: () => now })
    store.getState().setLivePaused(true)
    expect(store.getState()).toMatchObject({ livePaused: true, frozenAt: 1000 })
    now = 2000
    store.getState().setLivePaused(true)
    expect(store.getState().frozenAt).toBe(1000)
    store.getState().setLivePaused(false)
    expect(store.getState()).toMatchObject({ livePaused: false, frozenAt: null })
  })

  it('persists only unit, theme and buffer sizes, and only when they change', () => {
    const mem = memoryStorage()
    const store = createUiStore({ storage: mem.storage })
    store.getState().setTemperatureUnit('F')
    store.getState().setTheme('dark')
    store.getState().updateSettings({ logCapacity: 2000, historyMinutes: 15 })
    store.getState().setSearch('secret-ish search')
    store.getState().selectDevice('d1')
    store.getState().setLivePaused(true)
    expect(mem.writes()).toBe(3)
    const saved = JSON.parse(mem.data.get(PREFERENCES_KEY) ?? '{}') as Record<string, unknown>
    expect(Object.keys(saved).sort()).toEqual(['logCapacity', 'seriesCapacity', 'temperatureUnit', 'theme', 'timelineCapacity'])
    expect(saved).toMatchObject({ temperatureUnit: 'F', theme: 'dark', logCapacity: 2000 })
    expect(JSON.stringify(saved)).not.toMatch(/token|secret|search|d1/i)
  })

  it('restores preferences, clamping and ignoring bad values', () => {
    const mem = memoryStorage({
      [PREFERENCES_KEY]: JSON.stringify({ temperatureUnit: 'F', theme: 'neon', logCapacity: 10, seriesCapacity: 'lots', accessToken: 'x' }),
    })
    const s = createUiStore({ storage: mem.storage }).getState()
    expect(s.temperatureUnit).toBe('F')
    expect(s.theme).toBe('system')
    expect(s.settings.logCapacity).toBe(100)
    expect(s.settings.seriesCapacity).toBe(DEFAULT_SETTINGS.seriesCapacity)
    expect(s).not.toHaveProperty('accessToken')
  })

  it('survives unreadable and unwritable storage', () => {
    const broken: PreferenceStorage = {
      getItem: () => '{not json',
      setItem: () => {
        throw new Error('QuotaExceededError')
      },
    }
    const store = createUiStore({ storage: broken })
    expect(() => store.getState().setTheme('light')).not.toThrow()
    expect(store.getState().theme).toBe('light')
  })

  it('takes initial filters (from the URL)', () => {
    const filters = { ...DEFAULT_FILTERS, search: 'x' }
    expect(createUiStore({ initialFilters: filters }).getState().filters).toBe(filters)
  })
})
