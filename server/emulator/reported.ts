import type { CloudConnectorSignal, DeviceEvent, NetworkStatusData } from '../../src/dt'
import type { DeviceRecord } from './world'

/** A connector not heard from for this long has left the device's range. */
const CONNECTOR_STALE_MS = 3_600_000

/**
 * `reported.networkStatus` merges the one-connector events: every connector in range, with the
 * strongest signal on top (README §4.2, "One networkStatus per Cloud Connector").
 */
function mergeNetworkStatus(record: DeviceRecord, data: NetworkStatusData, at: number): NetworkStatusData {
  if (!data.cloudConnectors || data.cloudConnectors.length === 0) return data
  const connectors = (record.connectors ??= new Map())
  for (const c of data.cloudConnectors) {
    connectors.set(c.id, {
      ...(c.signalStrength === undefined ? {} : { signalStrength: c.signalStrength }),
      ...(c.rssi === undefined ? {} : { rssi: c.rssi }),
      at,
    })
  }
  const list: CloudConnectorSignal[] = []
  for (const [id, c] of connectors) {
    if (at - c.at > CONNECTOR_STALE_MS) {
      connectors.delete(id)
      continue
    }
    list.push({ id, ...(c.signalStrength === undefined ? {} : { signalStrength: c.signalStrength }), ...(c.rssi === undefined ? {} : { rssi: c.rssi }) })
  }
  list.sort((a, b) => (b.signalStrength ?? -1) - (a.signalStrength ?? -1))
  const strengths = list.map((c) => c.signalStrength).filter((v): v is number => v !== undefined)
  const rssis = list.map((c) => c.rssi).filter((v): v is number => v !== undefined)
  return {
    ...(strengths.length ? { signalStrength: Math.max(...strengths) } : {}),
    ...(rssis.length ? { rssi: Math.max(...rssis) } : {}),
    updateTime: data.updateTime,
    cloudConnectors: list,
    ...(data.transmissionMode ? { transmissionMode: data.transmissionMode } : {}),
  }
}

/** Folds an event into the device's `reported` map; labelsChanged never lands there. */
export function applyToReported(record: DeviceRecord, event: DeviceEvent): void {
  switch (event.eventType) {
    case 'labelsChanged':
      return
    case 'networkStatus':
      record.reported.networkStatus = mergeNetworkStatus(record, event.data, event.time)
      return
    default:
      ;(record.reported as Record<string, unknown>)[event.eventType] = event.data
  }
}
