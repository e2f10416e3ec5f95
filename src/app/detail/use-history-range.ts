import { useEffect, useState } from 'react'
import { useStore } from 'zustand'
import { isEventType } from '../../dt'
import { DETAIL_RANGES, type DetailRange } from '../../ui/detail/detail-ranges'
import { historyAccessStore } from './history-access'
import { historyLoaderFor, type HistoryData } from './history-loader'

/** Where a history range stands. */
export type HistoryState = { status: 'live' } | { status: 'loading' } | { status: 'ready'; data: HistoryData } | { status: 'error'; message: string }

const LIVE: HistoryState = { status: 'live' }
const LOADING: HistoryState = { status: 'loading' }
const OFFLINE: HistoryState = { status: 'error', message: 'Event history needs a connection to the API; check the connection settings.' }

/**
 * Loads a device's history for a range through the session's loader (paged, rate limited, cached
 * a minute). The live range needs none. `retry` loads again after an error.
 */
export function useHistoryRange(deviceId: string, range: DetailRange, types: readonly string[]): { state: HistoryState; retry: () => void } {
  const access = useStore(historyAccessStore, (s) => s.access)
  const [attempt, setAttempt] = useState(0)
  const typesKey = types.join(',')
  const key = `${deviceId}|${range}|${typesKey}|${attempt}`
  // Results are stored with the request they answer, so a stale answer is never shown for a new request.
  const [result, setResult] = useState<{ key: string; state: HistoryState } | null>(null)
  const live = range === 'live'

  useEffect(() => {
    if (live || !access) return
    const controller = new AbortController()
    const eventTypes = typesKey.split(',').filter(isEventType)
    historyLoaderFor(access)
      .load(deviceId, range, eventTypes, controller.signal)
      .then(
        (data) => setResult({ key, state: { status: 'ready', data } }),
        (e: unknown) => {
          if (controller.signal.aborted) return
          setResult({ key, state: { status: 'error', message: e instanceof Error ? e.message : String(e) } })
        },
      )
    return () => controller.abort()
  }, [access, deviceId, range, typesKey, key, live])

  let state: HistoryState
  if (live) state = LIVE
  else if (!access) state = OFFLINE
  else if (result?.key === key) state = result.state
  else {
    const cached = historyLoaderFor(access).peek(deviceId, range, typesKey.split(',').filter(isEventType))
    state = cached ? { status: 'ready', data: cached } : LOADING
  }
  return { state, retry: () => setAttempt((n) => n + 1) }
}

/** "last 6 h" */
export function windowLabel(range: DetailRange): string {
  return range === 'live' ? 'in the last 5 min' : `in the last ${DETAIL_RANGES[range].label}`
}
