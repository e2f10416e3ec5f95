import { useEffect, useState } from 'react'
import { useStore } from 'zustand'
import type { EventType } from '../../dt'
import type { DetailRange } from '../../ui/detail/detail-ranges'
import { historyAccessStore } from './history-access'
import { historyLoaderFor, type HistoryData } from './history-loader'

/** A compared device and the event type its temperature comes from. */
export interface ComparedSource {
  readonly id: string
  readonly eventType: EventType
}

/** History of each compared device for a history range, by device id; a device still loading or failed is absent. */
export type ComparedHistories = ReadonlyMap<string, HistoryData>

const NONE: ComparedHistories = new Map()

/**
 * Loads the compared devices' history for `range` through the session's loader (cached, paged,
 * rate limited ahead of the background work). The live range needs none: the store has it. A
 * device whose history fails is drawn from what this tab received live, as the main device is.
 */
export function useComparedHistories(sources: readonly ComparedSource[], range: DetailRange): ComparedHistories {
  const access = useStore(historyAccessStore, (s) => s.access)
  const key = `${range}|${sources.map((s) => `${s.id}:${s.eventType}`).join(',')}`
  const [loaded, setLoaded] = useState<{ key: string; data: ComparedHistories }>({ key: '', data: NONE })

  useEffect(() => {
    if (range === 'live' || !access) return
    const controller = new AbortController()
    const loader = historyLoaderFor(access)
    for (const part of key.split('|')[1]?.split(',') ?? []) {
      const [id, eventType] = part.split(':') as [string, EventType]
      if (!id) continue
      loader.load(id, range, [eventType], controller.signal).then(
        (data) =>
          setLoaded((prev) => {
            const next = new Map(prev.key === key ? prev.data : NONE)
            next.set(id, data)
            return { key, data: next }
          }),
        () => undefined,
      )
    }
    return () => controller.abort()
  }, [access, key, range])

  if (range === 'live' || !access) return NONE
  if (loaded.key === key) return loaded.data
  // A range seen a moment ago is still in the loader's cache: no flash of empty lines.
  const cached = new Map<string, HistoryData>()
  for (const s of sources) {
    const data = historyLoaderFor(access).peek(s.id, range, [s.eventType])
    if (data) cached.set(s.id, data)
  }
  return cached
}
