import { SERIES_INFO, type DeviceRecordView, type SeriesKey, type TemperatureUnit } from '../../store'
import type { AlarmRule, AlarmStatus } from '../../store/alarms'
import type { DetailChartSeries } from '../../ui/charts/detail-chart'
import type { DetailRange } from '../../ui/detail/detail-ranges'
import type { SeriesStatsView } from '../../ui/detail/series-stats'
import { stableDomain } from '../../ui/detail/y-domain'
import { thresholdLines, type ThresholdLine } from './detail-facts'
import { chartGroupsOf, displayUnit, minSpan, seriesColor, toDisplay, windowSeries, windowStats } from './detail-series'
import type { HistoryData } from './history-loader'
import type { DetailWindow } from './use-detail-window'

/** Another device drawn on this device's temperature chart. */
export interface ComparedLine {
  readonly id: string
  readonly name: string
  readonly color: string
  /** Its record in the store (live data), when the store has it. */
  readonly record: DeviceRecordView | undefined
  readonly history: HistoryData | undefined
  /** Where its temperature is kept: 'temperature' or 'humidityTemperature'. */
  readonly key: SeriesKey
}

/** One chart of the detail view: its series, their window statistics and the threshold lines. */
export interface DetailPanel {
  readonly keys: readonly SeriesKey[]
  readonly title: string
  readonly series: readonly DetailChartSeries[]
  readonly stats: readonly SeriesStatsView[]
  readonly lines: readonly ThresholdLine[]
  /** True for the chart that takes compared devices (the one with the device's temperature). */
  readonly comparable: boolean
}

/** What {@link buildPanels} draws from. */
export interface PanelInputs {
  readonly record: DeviceRecordView
  readonly history: HistoryData | undefined
  readonly win: DetailWindow
  readonly range: DetailRange
  readonly unit: TemperatureUnit
  readonly rules: readonly AlarmRule[]
  readonly alarms: Readonly<Record<string, AlarmStatus>>
  readonly compared: readonly ComparedLine[]
}

function groupTitle(keys: readonly SeriesKey[]): string {
  if (keys.length === 2) return 'Temperature and humidity'
  const k = keys[0] as SeriesKey
  return k === 'co2' ? 'CO₂' : SERIES_INFO[k].label
}

const isTemperature = (key: SeriesKey) => SERIES_INFO[key].unit === 'celsius'

function line(id: string, label: string, color: string, key: SeriesKey, record: DeviceRecordView | undefined, history: HistoryData | undefined, p: PanelInputs, axis: 'left' | 'right') {
  const { win, range, unit } = p
  const snap = windowSeries(record, history, key, win.from, win.to)
  const s = windowStats(snap, range === 'live' && record ? { record, key, from: win.from, to: win.to } : undefined)
  const u = displayUnit(key, unit)
  const d = (v: number) => toDisplay(key, v, unit)
  const series = { id, label, unit: u, color, axis, times: snap.times, values: snap.values.map(d), domain: undefined, step: SERIES_INFO[key].unit === 'count' } satisfies DetailChartSeries
  const stats: SeriesStatsView | undefined = s ? { id, label, unit: u, color, current: d(s.current), min: d(s.min), max: d(s.max), avg: d(s.avg), count: s.count } : undefined
  return { series, stats }
}

/**
 * The device's charts for a window. Compared devices join the chart holding the device's own
 * temperature (on its axis, so one scale fits all lines), each with its own stats line.
 */
export function buildPanels(p: PanelInputs): DetailPanel[] {
  const { record, history, unit } = p
  let comparedPlaced = false
  return chartGroupsOf(record).map((keys) => {
    const lines = thresholdLines(p.rules, record, p.alarms, keys, unit)
    const comparable = !comparedPlaced && isTemperature(keys[0] as SeriesKey)
    if (comparable) comparedPlaced = true
    const named = comparable && p.compared.length > 0
    const built = keys.map((key, i) => {
      // Beside other devices' lines, "Temperature" would not say whose: the device's name does.
      const label = named && i === 0 ? record.name || record.id : key === 'humidityTemperature' ? 'Temperature' : SERIES_INFO[key].label
      return { key, ...line(key, label, seriesColor(key), key, record, history, p, i === 0 ? 'left' : 'right') }
    })
    const others = comparable ? p.compared.map((c) => ({ key: c.key, ...line(`compare:${c.id}`, c.name, c.color, c.key, c.record, c.history, p, 'left') })) : []
    const series: DetailChartSeries[] = built.map(({ key, series: s }) => {
      // One domain per axis; the left one also holds the compared lines.
      const onAxis = s.axis === 'left' ? [s, ...others.map((o) => o.series)] : [s]
      const own = lines.filter((l) => l.seriesKey === key).map((l) => l.value)
      return { ...s, domain: stableDomain(onAxis.flatMap((x) => x.values), minSpan(key, unit), own) }
    })
    series.push(...others.map((o) => o.series))
    const stats = [...built, ...others].flatMap((b) => (b.stats ? [b.stats] : []))
    return { keys, title: groupTitle(keys), series, stats, lines, comparable }
  })
}
