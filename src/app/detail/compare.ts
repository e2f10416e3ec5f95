import type { DeviceRecordView, SeriesKey } from '../../store'
import type { ComparedLine } from './detail-panels'
import { chartGroupsOf } from './detail-series'
import type { HistoryData } from './history-loader'

/** Line colours of compared devices, in the order they were added (theme.css has both themes). */
export const COMPARE_COLORS = ['var(--c-compare-1)', 'var(--c-compare-2)', 'var(--c-compare-3)', 'var(--c-compare-4)'] as const

/** The colour of the `i`-th compared device. */
export function compareColor(i: number): string {
  return COMPARE_COLORS[i % COMPARE_COLORS.length] as string
}

/**
 * The series holding a device's temperature: a temperature sensor's own, or the temperature a
 * humidity or CO₂ sensor reports with its humidity. Null for devices without one.
 */
export function temperatureKeyOf(record: DeviceRecordView): SeriesKey | null {
  const keys = chartGroupsOf(record).flat()
  if (keys.includes('temperature')) return 'temperature'
  if (keys.includes('humidityTemperature')) return 'humidityTemperature'
  return null
}

/** A device that can be drawn on another's temperature chart. */
export interface CompareCandidate {
  readonly id: string
  readonly name: string
  /** What the picker shows and matches typed text against: the name, and the id to tell twins apart. */
  readonly option: string
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' })

/** Every device with a temperature except `selfId`, by name (numbers as numbers), then id. */
export function compareCandidates(devices: Readonly<Record<string, DeviceRecordView>>, order: readonly string[], selfId: string): CompareCandidate[] {
  const out: CompareCandidate[] = []
  for (const id of order) {
    const r = devices[id]
    if (!r || id === selfId || !temperatureKeyOf(r)) continue
    const name = r.name || id
    out.push({ id, name, option: `${name} (${id})` })
  }
  return out.sort((a, b) => collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}

/** What typed text names: one device, or why it names none. */
export type CandidateMatch = { readonly ok: true; readonly candidate: CompareCandidate } | { readonly ok: false; readonly message: string }

/**
 * The candidate `typed` names: the exact text of its list entry, its id, its name, or a part of
 * one name alone ("dairy" when one device has it). Several matches are not guessed between.
 */
export function candidateFor(typed: string, candidates: readonly CompareCandidate[]): CandidateMatch {
  const t = typed.trim()
  const exact = t ? candidates.find((c) => c.option === t || c.id === t) : undefined
  if (exact) return { ok: true, candidate: exact }
  const lower = t.toLowerCase()
  const named = candidates.filter((c) => c.name.toLowerCase() === lower)
  const matches = named.length ? named : candidates.filter((c) => c.name.toLowerCase().includes(lower))
  if (t && matches.length === 1) return { ok: true, candidate: matches[0] as CompareCandidate }
  if (t && matches.length > 1) return { ok: false, message: `“${t}” matches ${matches.length} devices; pick one from the list.` }
  return { ok: false, message: `No other temperature device is called “${t}”.` }
}

/**
 * The compared devices as chart lines, in the order they were added (which sets their colours).
 * A device not known (yet), or without a temperature, draws no line.
 */
export function comparedLines(ids: readonly string[], recordOf: (id: string) => DeviceRecordView | undefined, historyOf: (id: string, key: SeriesKey) => HistoryData | undefined): ComparedLine[] {
  return ids.flatMap((id, i) => {
    const record = recordOf(id)
    const key = record ? temperatureKeyOf(record) : null
    return record && key ? [{ id, name: record.name || id, color: compareColor(i), record, history: historyOf(id, key), key }] : []
  })
}
