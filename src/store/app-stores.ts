import { createDeviceStore, type DeviceStore, type DeviceStoreOptions } from './device-store'
import type { PreferenceStorage } from './preferences'
import type { Settings } from './settings'
import { createUiStore, type UiStore } from './ui-store'

/** Device store sizes from the UI settings. */
export function deviceStoreOptionsFrom(settings: Settings): DeviceStoreOptions {
  return {
    logCapacity: settings.logCapacity,
    series: { capacity: settings.seriesCapacity },
    timeline: { capacity: settings.timelineCapacity },
  }
}

/** Keeps the device store's buffer sizes in step with the settings; returns the unsubscribe. */
export function syncSettings(ui: UiStore, devices: DeviceStore): () => void {
  return ui.subscribe((state, prev) => {
    if (state.settings !== prev.settings) devices.getState().configure(deviceStoreOptionsFrom(state.settings))
  })
}

/** The tab's localStorage, or null where reading it is refused; shared by every persisted store. */
export function browserStorage(): PreferenceStorage | null {
  try {
    // Reading localStorage throws in sandboxed frames and some privacy modes.
    return (globalThis as { localStorage?: Storage }).localStorage ?? null
  } catch {
    return null
  }
}

/** The app's UI store: preferences persisted to localStorage when there is one. */
export const uiStore: UiStore = createUiStore({ storage: browserStorage() })

/** The app's device store, sized from the persisted settings. */
export const deviceStore: DeviceStore = createDeviceStore(deviceStoreOptionsFrom(uiStore.getState().settings))

syncSettings(uiStore, deviceStore)
