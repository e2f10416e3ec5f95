import { createStore } from 'zustand/vanilla'
import type { DtRestClient } from '../../dt'
import type { RateLimiter } from '../../stream'

/**
 * What the detail view needs from the running session to read event history: the session's REST
 * client and its tab-wide rate limiter (DT allows 25 requests per 5 s per client, README §7.3,
 * shared with prefill and gap filling), and the session's abort signal.
 */
export interface HistoryAccess {
  readonly projectId: string
  readonly rest: Pick<DtRestClient, 'listEventsPage'>
  readonly limiter: Pick<RateLimiter, 'acquire'>
  /** Aborted when the session stops; in-flight history loads stop with it. */
  readonly signal?: AbortSignal
}

/** The session's history access, or null while no session runs. */
export const historyAccessStore = createStore<{ access: HistoryAccess | null }>()(() => ({ access: null }))

/**
 * Called once by the session when it starts; returns the function that withdraws the access
 * (call it when the session stops).
 * @example
 * cleanups.push(provideHistoryAccess({ projectId: settings.projectId, rest, limiter, signal: abort.signal }))
 */
export function provideHistoryAccess(access: HistoryAccess): () => void {
  historyAccessStore.setState({ access })
  return () => {
    if (historyAccessStore.getState().access === access) historyAccessStore.setState({ access: null })
  }
}
