import type { CloudConnectorSignal, NetworkStatusData, TransmissionMode } from '../dt'

/**
 * Every cloud connector in range receives the same radio packet, so one heartbeat yields one
 * networkStatus per connector within a moment of each other. A connector not heard from within
 * this window of the newest report is taken to be out of range.
 */
export const CONNECTOR_ROUND_MS = 60_000

/** One cloud connector's view of a sensor. */
export interface ConnectorSignal {
  readonly id: string
  readonly signalStrength: number | null
  readonly rssi: number | null
  /** When this connector last reported the sensor, epoch ms. */
  readonly time: number
}

/** A sensor's signal merged over its cloud connectors; the top-level values are the strongest. */
export interface SignalSummary {
  readonly signalStrength: number | null
  readonly rssi: number | null
  readonly strongestConnectorId: string | null
  /** Connectors in range, strongest first. */
  readonly connectors: readonly ConnectorSignal[]
  readonly transmissionMode: TransmissionMode | null
  /** Newest report, epoch ms. */
  readonly time: number
}

function stronger(a: ConnectorSignal, b: ConnectorSignal): number {
  return (b.signalStrength ?? -Infinity) - (a.signalStrength ?? -Infinity) || (b.rssi ?? -Infinity) - (a.rssi ?? -Infinity)
}

function listedConnectors(data: NetworkStatusData): readonly CloudConnectorSignal[] {
  if (data.cloudConnectors?.length) return data.cloudConnectors
  // Old payloads may carry only the top-level values; file them under an anonymous connector.
  if (data.signalStrength !== undefined || data.rssi !== undefined) {
    return [{ id: '', signalStrength: data.signalStrength, rssi: data.rssi }]
  }
  return []
}

/**
 * Merges one networkStatus (one connector on the stream, all of them in `reported`) into the
 * summary. Events from different connectors are not duplicates; a connector's older report never
 * replaces its newer one. Returns `prev` when nothing changed.
 */
export function mergeNetworkStatus(prev: SignalSummary | null, data: NetworkStatusData, time: number): SignalSummary | null {
  const byId = new Map<string, ConnectorSignal>()
  for (const c of prev?.connectors ?? []) byId.set(c.id, c)
  let changed = false
  for (const c of listedConnectors(data)) {
    const old = byId.get(c.id)
    if (old && (old.time > time || (old.time === time && old.signalStrength === (c.signalStrength ?? null) && old.rssi === (c.rssi ?? null)))) continue
    byId.set(c.id, { id: c.id, signalStrength: c.signalStrength ?? null, rssi: c.rssi ?? null, time })
    changed = true
  }
  const newer = !prev || time >= prev.time
  const mode = newer && data.transmissionMode ? data.transmissionMode : (prev?.transmissionMode ?? null)
  if (!changed && mode === (prev?.transmissionMode ?? null)) return prev
  const newest = Math.max(time, prev?.time ?? -Infinity)
  const connectors = [...byId.values()].filter((c) => c.time >= newest - CONNECTOR_ROUND_MS).sort(stronger)
  const best = connectors[0]
  return {
    signalStrength: best?.signalStrength ?? null,
    rssi: best?.rssi ?? null,
    strongestConnectorId: best?.id ?? null,
    connectors,
    transmissionMode: mode,
    time: newest,
  }
}

/** The summary in `reported` form: strongest values on top, every connector in range listed. */
export function toNetworkStatusData(summary: SignalSummary, updateTime: string): NetworkStatusData {
  const data: NetworkStatusData = {
    updateTime,
    cloudConnectors: summary.connectors.map((c) => ({
      id: c.id,
      ...(c.signalStrength !== null ? { signalStrength: c.signalStrength } : {}),
      ...(c.rssi !== null ? { rssi: c.rssi } : {}),
    })),
  }
  if (summary.signalStrength !== null) data.signalStrength = summary.signalStrength
  if (summary.rssi !== null) data.rssi = summary.rssi
  if (summary.transmissionMode) data.transmissionMode = summary.transmissionMode
  return data
}
