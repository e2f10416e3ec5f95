import { useCallback, useMemo, type ReactNode } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { deviceStore, SERIES_INFO, useDeviceStore } from '../../store'
import type { DetailRange } from '../../ui/detail/detail-ranges'
import { ComparePicker } from '../../ui/detail/compare-picker'
import { candidateFor, compareCandidates, compareColor, comparedLines, temperatureKeyOf } from './compare'
import type { ComparedLine } from './detail-panels'
import { MAX_COMPARED } from './detail-url'
import { useComparedHistories, type ComparedSource } from './use-compared-histories'

/**
 * The compared devices as chart lines: live data from the store, history for the other ranges.
 * A device the store does not know (yet), or one without a temperature, draws no line.
 */
export function useComparedLines(ids: readonly string[], range: DetailRange): readonly ComparedLine[] {
  const records = useDeviceStore(useShallow((s) => ids.map((id) => s.devices[id])))
  const sources: ComparedSource[] = []
  records.forEach((r, i) => {
    const key = r ? temperatureKeyOf(r) : null
    if (key) sources.push({ id: ids[i] as string, eventType: SERIES_INFO[key].eventType })
  })
  const histories = useComparedHistories(sources, range)
  return useMemo(
    () =>
      comparedLines(
        ids,
        (id) => records[ids.indexOf(id)],
        (id) => histories.get(id),
      ),
    [ids, records, histories],
  )
}

/** The "Compare with" control for the temperature chart of `deviceId`. */
export function useComparePicker(deviceId: string, compare: readonly string[], onCompare: (ids: readonly string[]) => void): ReactNode {
  const catalog = useDeviceStore((s) => s.catalogVersion)
  const candidates = useMemo(() => {
    void catalog
    const s = deviceStore.getState()
    return compareCandidates(s.devices, s.deviceOrder, deviceId).filter((c) => !compare.includes(c.id))
  }, [catalog, deviceId, compare])
  const chips = useMemo(() => {
    void catalog
    return compare.map((id, i) => ({ id, name: deviceStore.getState().devices[id]?.name || id, color: compareColor(i) }))
  }, [catalog, compare])
  const onAdd = useCallback(
    (typed: string) => {
      const match = candidateFor(typed, candidates)
      if (!match.ok) return match.message
      onCompare([...compare, match.candidate.id])
      return null
    },
    [candidates, compare, onCompare],
  )
  const onRemove = useCallback((id: string) => onCompare(compare.filter((x) => x !== id)), [compare, onCompare])
  return <ComparePicker compared={chips} options={candidates} max={MAX_COMPARED} onAdd={onAdd} onRemove={onRemove} />
}
