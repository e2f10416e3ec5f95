import { deviceStore, SERIES_INFO, type DeviceRecordView, type TemperatureUnit } from '../../store'
import type { DetailRange } from '../../ui/detail/detail-ranges'
import { comparedLines } from './compare'
import type { ComparedLine } from './detail-panels'
import { chartGroupsOf, displayUnit, timelineTypesOf, toDisplay, windowSeries, windowTimeline } from './detail-series'
import { historyAccessStore } from './history-access'
import { historyLoaderFor, type HistoryData } from './history-loader'
import { csvFileName, seriesToCsv, type CsvColumn } from './series-csv'
import type { DetailWindow } from './use-detail-window'

/** The CSV of what the detail view shows for a window: every series in the user's unit, and every state strip. */
export function detailCsv(
  record: DeviceRecordView,
  history: HistoryData | undefined,
  range: DetailRange,
  win: DetailWindow,
  unit: TemperatureUnit,
  compared: readonly ComparedLine[] = [],
): { filename: string; text: string } {
  const columns: CsvColumn[] = []
  for (const key of chartGroupsOf(record).flat()) {
    const snap = windowSeries(record, history, key, win.from, win.to)
    const label = key === 'humidityTemperature' ? 'Temperature' : SERIES_INFO[key].label
    const u = displayUnit(key, unit)
    columns.push({ header: u ? `${label} (${u})` : label, times: snap.times, values: snap.values.map((v) => toDisplay(key, v, unit)) })
  }
  for (const c of compared) {
    const snap = windowSeries(c.record, c.history, c.key, win.from, win.to)
    columns.push({ header: `Temperature – ${c.name} (${displayUnit(c.key, unit)})`, times: snap.times, values: snap.values.map((v) => toDisplay(c.key, v, unit)) })
  }
  for (const type of timelineTypesOf(record)) {
    const tl = windowTimeline(record, history, type, win.from, win.to)
    columns.push({ header: `${type} state`, times: tl.times, values: tl.states })
  }
  return { filename: csvFileName(record.name, range, win.to), text: seriesToCsv(columns) }
}

/** The compared devices as the charts draw them, with the history the loader holds for `range`. */
export function comparedForExport(ids: readonly string[], range: DetailRange): ComparedLine[] {
  const access = historyAccessStore.getState().access
  const devices = deviceStore.getState().devices
  return comparedLines(
    ids,
    (id) => devices[id],
    (id, key) => (range !== 'live' && access ? historyLoaderFor(access).peek(id, range, [SERIES_INFO[key].eventType]) : undefined),
  )
}
