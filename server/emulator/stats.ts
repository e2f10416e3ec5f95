/** Counters the fault API reports and tests read; `reset` zeroes them in place. */
export interface Stats {
  requests: Record<string, number>
  streamRequestsByStatus: Record<string, number>
  /** Device events written to streams, summed over streams. */
  eventsSent: number
  pingsSent: number
  /** Events produced by the simulator, load generator and publish. */
  eventsGenerated: number
  droppedSlowClients: number
}

const REQUEST_KINDS = ['stream', 'token', 'projects', 'devices', 'device', 'events', 'publish', 'createDevice', 'deleteDevice', 'batchUpdate', 'control', 'other']

export function createStats(): Stats {
  const stats: Stats = { requests: {}, streamRequestsByStatus: {}, eventsSent: 0, pingsSent: 0, eventsGenerated: 0, droppedSlowClients: 0 }
  resetStats(stats)
  return stats
}

export function resetStats(s: Stats): void {
  s.requests = Object.fromEntries(REQUEST_KINDS.map((k) => [k, 0]))
  s.streamRequestsByStatus = {}
  s.eventsSent = 0
  s.pingsSent = 0
  s.eventsGenerated = 0
  s.droppedSlowClients = 0
}

export function countRequest(s: Stats, kind: string): void {
  s.requests[kind] = (s.requests[kind] ?? 0) + 1
}

export function countStreamStatus(s: Stats, status: number): void {
  const key = String(status)
  s.streamRequestsByStatus[key] = (s.streamRequestsByStatus[key] ?? 0) + 1
}
