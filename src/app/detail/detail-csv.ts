import { SERIES_INFO, type DeviceRecordView, type TemperatureUnit } from '../../store'
import type { DetailRange } from '../../ui/detail/detail-ranges'
import { chartGroupsOf, displayUnit, timelineTypesOf, toDisplay, windowSeries, windowTimeline } from './detail-series'
import type { HistoryData } from './history-loader'
import { csvFileName, seriesToCsv, type CsvColumn } from './series-csv'
import type { DetailWindow } from './use-detail-window'

/** The CSV of what the detail view shows for a window: every series in the user's unit, and every state strip. */
export function detailCsv(record: DeviceRecordView, history: HistoryData | undefined, range: DetailRange, win: DetailWindow, unit: TemperatureUnit): { filename: string; text: string } {
  const columns: CsvColumn[] = []
  for (const key of chartGroupsOf(record).flat()) {
    const snap = windowSeries(record, history, key, win.from, win.to)
    const label = key === 'humidityTemperature' ? 'Temperature' : SERIES_INFO[key].label
    const u = displayUnit(key, unit)
    columns.push({ header: u ? `${label} (${u})` : label, times: snap.times, values: snap.values.map((v) => toDisplay(key, v, unit)) })
  }
  for (const type of timelineTypesOf(record)) {
    const tl = windowTimeline(record, history, type, win.from, win.to)
    columns.push({ header: `${type} state`, times: tl.times, values: tl.states })
  }
  return { filename: csvFileName(record.name, range, win.to), text: seriesToCsv(columns) }
}
