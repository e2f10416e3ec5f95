import type { Device, DtEvent } from '../dt'
import { emptyRecord, type DeviceRecordView } from './device-record'
import { toLogEntry, type EventLog, type EventLogEntry, type EventOrigin } from './event-log'
import type { RecentIds } from './recent-ids'
import { closeDraft, openDraft, type RecordDraft, type RecordLimits } from './record-draft'
import { applyDeviceToDraft, applyEventToDraft } from './record-reducers'
import type { DeviceStoreData } from './store-state'

/** The mutable parts a batch writes into besides the state: the log, the dedupe window, the limits. */
export interface BatchContext {
  readonly log: EventLog
  readonly recentIds: RecentIds
  readonly limits: RecordLimits
}

type Patch = Partial<Omit<DeviceStoreData, 'log'>>

/**
 * Copies `devices` and puts in the changed records. Iterating `order` into a fresh object is about
 * three times faster than a spread for 10,000 keys (1.5 ms against 4.5 ms on the dev box).
 */
function withRecords(
  prev: Readonly<Record<string, DeviceRecordView>>,
  order: readonly string[],
  changed: readonly DeviceRecordView[],
): Record<string, DeviceRecordView> {
  const out: Record<string, DeviceRecordView> = {}
  for (const id of order) {
    const r = prev[id]
    if (r) out[id] = r
  }
  for (const r of changed) out[r.id] = r
  return out
}

/** Devices per event type, counted from scratch (device list loads only). */
export function countDevicesByType(devices: Readonly<Record<string, DeviceRecordView>>, order: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {}
  for (const id of order) for (const t of devices[id]?.eventTypes ?? []) out[t] = (out[t] ?? 0) + 1
  return out
}

/** Closes the drafts; returns the changed records and the new per-type device counts. */
function commit(data: DeviceStoreData, drafts: Map<string, RecordDraft>) {
  const changed: DeviceRecordView[] = []
  let byType: Record<string, number> | null = null
  let catalog = false
  for (const [id, d] of drafts) {
    const prev = data.devices[id]
    const next = closeDraft(d)
    if (next === prev) continue
    changed.push(next)
    catalog ||= d.catalogChanged
    // eventTypes only ever grows, so the new types are the tail.
    const known = prev?.eventTypes.length ?? 0
    for (let i = known; i < next.eventTypes.length; i++) {
      const t = next.eventTypes[i] as string
      byType ??= { ...data.devicesByEventType }
      byType[t] = (byType[t] ?? 0) + 1
    }
  }
  return { changed, byType, catalog }
}

/**
 * Applies a batch of events to the data and returns the patch for one `set`, or null when the
 * batch changed nothing. Duplicates (by eventId) are dropped across stream and history alike.
 */
export function applyEvents(data: DeviceStoreData, events: readonly DtEvent[], origin: EventOrigin, ctx: BatchContext): Patch | null {
  // History pages come newest first: applying oldest first keeps buffer inserts at the cheap end.
  const list = origin === 'history' ? [...events].sort((a, b) => a.time - b.time) : events
  const drafts = new Map<string, RecordDraft>()
  const entries: EventLogEntry[] = []
  const newIds: string[] = []
  let counts: Record<string, number> | null = null
  let duplicates = 0
  for (const ev of list) {
    if (ev.eventType === 'ping') continue
    if (ev.eventId && !ctx.recentIds.add(ev.eventId)) {
      duplicates++
      continue
    }
    const type = ev.eventType === 'unknown' ? ev.rawEventType : ev.eventType
    counts ??= { ...data.countsByEventType }
    counts[type] = (counts[type] ?? 0) + 1
    let d = drafts.get(ev.deviceId)
    if (!d) {
      const existing = data.devices[ev.deviceId]
      // Not in the device list (yet): keep its events under a minimal record rather than lose them.
      if (!existing) newIds.push(ev.deviceId)
      d = openDraft(existing ?? emptyRecord(ev.deviceId, ev.projectId))
      drafts.set(ev.deviceId, d)
    }
    applyEventToDraft(d, ev, ctx.limits)
    entries.push(toLogEntry(ev, origin))
  }
  if (!entries.length && !duplicates) return null
  ctx.log.add(entries)
  const { changed, byType, catalog } = commit(data, drafts)
  const order = newIds.length ? [...data.deviceOrder, ...newIds] : data.deviceOrder
  const t = data.totals
  return {
    ...(changed.length ? { devices: withRecords(data.devices, order, changed) } : {}),
    ...(newIds.length ? { deviceOrder: order } : {}),
    ...(counts ? { countsByEventType: counts } : {}),
    ...(byType ? { devicesByEventType: byType } : {}),
    ...(catalog || newIds.length ? { catalogVersion: data.catalogVersion + 1 } : {}),
    logVersion: ctx.log.version,
    totals: {
      applied: t.applied + entries.length,
      fromHistory: t.fromHistory + (origin === 'history' ? entries.length : 0),
      duplicates: t.duplicates + duplicates,
      unknownDevices: t.unknownDevices + newIds.length,
    },
  }
}

/**
 * Merges devices from the device list. `replace` makes `devices` the whole list (devices known
 * only from events stay, after it); otherwise they are added to or update what is there.
 */
export function applyDevices(data: DeviceStoreData, devices: readonly Device[], replace: boolean, limits: RecordLimits): Patch {
  const records: Record<string, DeviceRecordView> = {}
  const listedIds: string[] = []
  for (const device of devices) {
    const base = records[device.id] ?? data.devices[device.id] ?? emptyRecord(device.id, device.projectId)
    const d = openDraft(base)
    applyDeviceToDraft(d, device, limits)
    if (!(device.id in records)) listedIds.push(device.id)
    records[device.id] = closeDraft(d)
  }
  let order: string[]
  if (replace) {
    const unlisted = data.deviceOrder.filter((id) => !(id in records) && data.devices[id]?.listed === false)
    order = [...listedIds, ...unlisted]
  } else {
    order = [...data.deviceOrder, ...listedIds.filter((id) => !(id in data.devices))]
  }
  const merged = withRecords(data.devices, order, Object.values(records))
  return {
    devices: merged,
    deviceOrder: order,
    devicesByEventType: countDevicesByType(merged, order),
    catalogVersion: data.catalogVersion + 1,
  }
}

