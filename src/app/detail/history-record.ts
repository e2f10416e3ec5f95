import type { DtEvent } from '../../dt'
import { applyEvent, emptyRecord, type DeviceRecordView, type RecordLimits } from '../../store'

// Roomy enough for 24 h of the busiest sensor (30 s samples are 2,880 a day) many times over.
const HISTORY_LIMITS: RecordLimits = {
  series: { capacity: 500_000, maxAgeMs: 25 * 3_600_000 },
  timeline: { capacity: 100_000, maxAgeMs: 25 * 3_600_000 },
}

/**
 * A device record built from event history alone, through the store's own reducers, so samples,
 * humidity pairs and state timelines read exactly as they do live. Pages arrive newest first;
 * they are applied oldest first so every point is an O(1) append.
 */
export function recordFromHistory(deviceId: string, projectId: string, newestFirst: readonly DtEvent[]): DeviceRecordView {
  let record = emptyRecord(deviceId, projectId)
  for (let i = newestFirst.length - 1; i >= 0; i--) {
    const e = newestFirst[i]
    if (e && e.eventType !== 'ping') record = applyEvent(record, e, HISTORY_LIMITS)
  }
  return record
}
