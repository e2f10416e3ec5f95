import { createStore, type StoreApi } from 'zustand/vanilla'
import type { Device, DtEvent } from '../dt'
import { applyDevices, applyEvents, type BatchContext } from './apply-batch'
import { withLimits, type DeviceRecordView } from './device-record'
import { EventLog, DEFAULT_LOG_CAPACITY, type EventOrigin } from './event-log'
import { RecentIds } from './recent-ids'
import { DEFAULT_RECORD_LIMITS, type RecordLimits } from './record-draft'
import type { BufferLimits } from './ring-buffer'
import { emptyData, type DeviceStoreData, type HistoryProgress } from './store-state'

/** Sizes of the store's buffers. */
export interface DeviceStoreOptions {
  /** Event log entries (default 5,000). */
  logCapacity?: number
  /** Per series: points (default 2,048) and age (default 24 h). */
  series?: Partial<BufferLimits>
  /** Per state timeline: changes (default 512) and age (default 24 h). */
  timeline?: Partial<BufferLimits>
  /** Event ids remembered for dedupe (default 100,000). */
  dedupeCapacity?: number
}

/** What the app and the wiring call; every action is at most one `set`. */
export interface DeviceStoreActions {
  /** Replaces the device list (devices known only from events stay) and marks it ready. */
  setDevices(devices: readonly Device[]): void
  /** Adds one page of the device list; `last` marks the list ready. */
  addDevicesPage(devices: readonly Device[], options?: { last?: boolean }): void
  /** Adds or updates devices outside the list load (e.g. a device first heard of in events); loading state unchanged. */
  upsertDevices(devices: readonly Device[]): void
  /** Marks the device list load failed. */
  setDevicesError(message: string): void
  /** Applies a batch of events in one `set`; call it from the batcher, never per event. */
  applyBatch(events: readonly DtEvent[], origin?: EventOrigin): void
  /** Records history prefill progress. */
  setHistoryProgress(progress: HistoryProgress): void
  /** Changes buffer sizes; existing buffers shrink to fit, new ones use the new limits. */
  configure(options: Pick<DeviceStoreOptions, 'logCapacity' | 'series' | 'timeline'>): void
  /** Forgets every device, event, count and id (e.g. on a project switch). */
  clear(): void
}

/** Data and actions of the device store. */
export type DeviceStoreState = DeviceStoreData & DeviceStoreActions
/** The vanilla store API: getState, setState, subscribe. */
export type DeviceStore = StoreApi<DeviceStoreState>

function limitsFrom(options: Pick<DeviceStoreOptions, 'series' | 'timeline'>, base: RecordLimits): RecordLimits {
  return { series: { ...base.series, ...options.series }, timeline: { ...base.timeline, ...options.timeline } }
}

/**
 * Creates the hot-data store (vanilla zustand, no React).
 * @example
 * const store = createDeviceStore({ logCapacity: 5000 })
 * store.getState().addDevicesPage(page.items)
 * store.getState().applyBatch(events, 'stream')
 */
export function createDeviceStore(options: DeviceStoreOptions = {}): DeviceStore {
  const ctx: { -readonly [K in keyof BatchContext]: BatchContext[K] } = {
    log: new EventLog(options.logCapacity ?? DEFAULT_LOG_CAPACITY),
    recentIds: new RecentIds(options.dedupeCapacity),
    limits: limitsFrom(options, DEFAULT_RECORD_LIMITS),
  }

  return createStore<DeviceStoreState>()((set, get) => ({
    ...emptyData(ctx.log),

    setDevices: (devices) => {
      const s = get()
      set({ ...applyDevices(s, devices, true, ctx.limits), loading: { ...s.loading, devices: 'ready', count: devices.length, error: undefined } })
    },

    addDevicesPage: (devices, { last = false } = {}) => {
      const s = get()
      const before = s.loading.devices === 'loading' ? s.loading.count : 0
      const loading = { ...s.loading, devices: last ? 'ready' : 'loading', count: before + devices.length, error: undefined } as const
      set(devices.length ? { ...applyDevices(s, devices, false, ctx.limits), loading } : { loading })
    },

    upsertDevices: (devices) => {
      if (devices.length) set(applyDevices(get(), devices, false, ctx.limits))
    },

    setDevicesError: (message) => set((s) => ({ loading: { ...s.loading, devices: 'error', error: message } })),

    applyBatch: (events, origin = 'stream') => {
      if (!events.length) return
      const patch = applyEvents(get(), events, origin, ctx)
      if (patch) set(patch)
    },

    setHistoryProgress: (progress) => set((s) => ({ loading: { ...s.loading, history: progress } })),

    configure: (next) => {
      if (next.logCapacity !== undefined) ctx.log.setCapacity(next.logCapacity)
      let devices: Record<string, DeviceRecordView> | null = null
      if (next.series || next.timeline) {
        ctx.limits = limitsFrom(next, ctx.limits)
        const s = get()
        for (const id of s.deviceOrder) {
          const r = s.devices[id]
          const updated = r && withLimits(r, ctx.limits)
          if (updated && updated !== r) (devices ??= { ...s.devices })[id] = updated
        }
      }
      set({ logVersion: ctx.log.version, ...(devices ? { devices } : {}) })
    },

    clear: () => {
      ctx.log.clear()
      ctx.recentIds.clear()
      set({ ...emptyData(ctx.log), catalogVersion: get().catalogVersion + 1 })
    },
  }))
}
