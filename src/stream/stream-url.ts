import { buildQuery, formatDuration } from '../dt'
import type { StreamFilters } from './types'

/**
 * The stream URL: filters as repeated snake_case keys and `ping_interval` as a protobuf Duration
 * (README §3.1). Always sends ping_interval, or a quiet project may stay silent for ~15 min.
 */
export function buildStreamUrl(baseUrl: string, projectId: string, filters: StreamFilters, pingIntervalMs: number): string {
  const base = baseUrl.replace(/\/+$/, '')
  return `${base}/projects/${encodeURIComponent(projectId)}/devices:stream${buildQuery({
    event_types: filters.eventTypes,
    device_ids: filters.deviceIds,
    device_types: filters.deviceTypes,
    label_filters: filters.labelFilters,
    ping_interval: formatDuration(pingIntervalMs),
  })}`
}
