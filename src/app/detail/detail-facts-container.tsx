import { useMemo } from 'react'
import { deviceStore, summarizeEntry, useDevice, useUiStore } from '../../store'
import { DeviceFacts } from '../../ui/detail/device-facts'
import { RecentEvents } from '../../ui/detail/recent-events'
import { useNow } from '../../ui/use-now'
import { connectorRows, latestRows, recentEntries } from './detail-facts'

const RECENT_LIMIT = 50

function nameOf(id: string): string | undefined {
  return deviceStore.getState().devices[id]?.name
}

/** Latest values, labels, battery and signal per connector of one device. */
export function DetailFactsContainer({ deviceId }: { deviceId: string }) {
  const record = useDevice(deviceId)
  const unit = useUiStore((s) => s.temperatureUnit)
  const now = useNow(1000)
  const latest = useMemo(() => (record ? latestRows(record, unit) : []), [record, unit])
  const connectors = useMemo(() => (record ? connectorRows(record, nameOf) : []), [record])
  if (!record) return null
  return <DeviceFacts latest={latest} labels={record.labels} battery={record.battery} lastSeen={record.lastSeen} connectors={connectors} now={now} connector={record.type === 'ccon'} />
}

/**
 * The device's newest events from the store's log. The log changes with every batch (several a
 * second); this reads it on a 1 s tick instead of subscribing, so the list stays calm.
 */
export function RecentEventsContainer({ deviceId }: { deviceId: string }) {
  const unit = useUiStore((s) => s.temperatureUnit)
  useNow(1000)
  const entries = recentEntries(deviceStore.getState().log.toArray(), deviceId, RECENT_LIMIT)
  const events = entries.map((e) => ({ eventId: e.eventId, time: e.time, type: e.type, summary: summarizeEntry(e, unit), origin: e.origin }))
  return <RecentEvents events={events} limit={RECENT_LIMIT} />
}
