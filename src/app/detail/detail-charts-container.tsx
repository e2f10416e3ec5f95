import { useMemo } from 'react'
import { useStore } from 'zustand'
import { humanizeState, SERIES_INFO, useDevice, useUiStore, type DeviceRecordView, type SeriesKey, type TemperatureUnit, type TimelineType } from '../../store'
import type { DetailChartSeries } from '../../ui/charts/detail-chart'
import { DETAIL_RANGES, type DetailRange } from '../../ui/detail/detail-ranges'
import { eventColor } from '../../ui/event-colors'
import { SeriesPanel, type PanelStatus } from '../../ui/detail/series-panel'
import type { SeriesStatsView } from '../../ui/detail/series-stats'
import { StateStrip } from '../../ui/detail/state-strip'
import { formatClock, formatFullTime, formatTick, timeTicks } from '../../ui/detail/time-axis'
import { stableDomain } from '../../ui/detail/y-domain'
import { alarmStore } from '../alarms/alarm-app-store'
import { thresholdLines, type ThresholdLine } from './detail-facts'
import { chartGroupsOf, displayUnit, seriesColor, minSpan, timelineTypesOf, toDisplay, windowSeries, windowStats, windowTimeline } from './detail-series'
import type { HistoryData } from './history-loader'
import { useDetailWindow, type DetailWindow } from './use-detail-window'
import { windowLabel, type HistoryState } from './use-history-range'

const ACTIVE_STATES = new Set(['PRESENT', 'OPEN', 'MOTION_DETECTED', 'OCCUPIED'])
const STATE_TEXT: Readonly<Record<string, string>> = { MOTION_DETECTED: 'Motion', NO_MOTION_DETECTED: 'No motion' }
const describeState = (s: string) => STATE_TEXT[s] ?? humanizeState(s)

function groupTitle(keys: readonly SeriesKey[]): string {
  if (keys.length === 2) return 'Temperature and humidity'
  const k = keys[0] as SeriesKey
  return k === 'co2' ? 'CO₂' : SERIES_INFO[k].label
}

interface Built {
  series: DetailChartSeries[]
  stats: SeriesStatsView[]
}

function buildGroup(keys: readonly SeriesKey[], record: DeviceRecordView, history: HistoryData | undefined, win: DetailWindow, range: DetailRange, unit: TemperatureUnit, lines: readonly ThresholdLine[]): Built {
  const series: DetailChartSeries[] = []
  const stats: SeriesStatsView[] = []
  keys.forEach((key, i) => {
    const snap = windowSeries(record, history, key, win.from, win.to)
    const s = windowStats(snap, range === 'live' ? { record, key, from: win.from, to: win.to } : undefined)
    const values = snap.values.map((v) => toDisplay(key, v, unit))
    const own = lines.filter((l) => l.seriesKey === key).map((l) => l.value)
    const label = key === 'humidityTemperature' ? 'Temperature' : SERIES_INFO[key].label
    const color = seriesColor(key)
    const u = displayUnit(key, unit)
    series.push({ id: key, label, unit: u, color, axis: i === 0 ? 'left' : 'right', times: snap.times, values, domain: stableDomain(values, minSpan(key, unit), own), step: SERIES_INFO[key].unit === 'count' })
    if (s) {
      const d = (v: number) => toDisplay(key, v, unit)
      stats.push({ id: key, label, unit: u, color, current: d(s.current), min: d(s.min), max: d(s.max), avg: d(s.avg), count: s.count })
    }
  })
  return { series, stats }
}

function panelStatus(state: HistoryState, range: DetailRange, retry: () => void): PanelStatus {
  if (state.status === 'loading') return { kind: 'loading', text: `Loading ${DETAIL_RANGES[range].label} of history…` }
  if (state.status === 'error') return { kind: 'error', text: `${state.message} Until then the chart shows what this tab received live.`, onRetry: retry }
  return { kind: 'ready' }
}

/** The charts and state strips of a device for the chosen range, with stats and thresholds. */
export function DetailChartsContainer({ deviceId, range, history: loaded }: { deviceId: string; range: DetailRange; history: { state: HistoryState; retry: () => void } }) {
  const record = useDevice(deviceId)
  const unit = useUiStore((s) => s.temperatureUnit)
  const win = useDetailWindow(range)
  const rules = useStore(alarmStore, (s) => s.rules)
  const alarms = useStore(alarmStore, (s) => s.alarms)
  const { state, retry } = loaded
  const history = state.status === 'ready' ? state.data : undefined

  const { from, to, frozen } = win
  const panels = useMemo(() => {
    if (!record) return []
    return chartGroupsOf(record).map((keys) => {
      const lines = thresholdLines(rules, record, alarms, keys, unit)
      return { keys, lines, ...buildGroup(keys, record, history, { from, to, frozen }, range, unit, lines) }
    })
  }, [record, history, from, to, frozen, range, unit, rules, alarms])

  if (!record) return null
  const status = panelStatus(state, range, retry)
  const info = DETAIL_RANGES[range]
  const ticks = timeTicks(win.from, win.to, info.tickMs)
  const tick = (t: number) => formatTick(t, range)
  const note = history?.truncated ? `Showing the newest ${history.events.toLocaleString('en-US')} events; the start of the window was not loaded.` : undefined
  const stripTime = range === 'live' ? formatClock : formatFullTime

  return (
    <>
      {panels.map((p, i) => (
        <SeriesPanel
          key={p.keys.join()}
          title={groupTitle(p.keys)}
          status={status}
          stats={p.stats}
          windowLabel={windowLabel(range)}
          {...(note ? { note } : {})}
          chart={{
            series: p.series,
            from: win.from,
            to: win.to,
            ticks,
            formatTick: tick,
            formatTime: formatFullTime,
            thresholds: p.lines.map((l) => ({ id: l.ruleId, axis: p.keys.indexOf(l.seriesKey) === 0 ? 'left' : 'right', value: l.value, label: l.label, firing: l.firing })),
            height: i === 0 ? 320 : 220,
            title: `${groupTitle(p.keys)} ${windowLabel(range)}`,
          }}
        />
      ))}
      {timelineTypesOf(record).map((type: TimelineType) => {
        const tl = windowTimeline(record, history, type, win.from, win.to)
        const color = type === 'waterPresent' ? 'var(--bad)' : eventColor(type)
        return (
          <StateStrip
            key={type}
            title={SERIES_TITLES[type]}
            color={color}
            times={tl.times}
            states={tl.states}
            from={win.from}
            to={win.to}
            isActive={(s) => ACTIVE_STATES.has(s)}
            describeState={describeState}
            formatTime={stripTime}
            ticks={ticks}
            formatTick={tick}
          />
        )
      })}
    </>
  )
}

const SERIES_TITLES: Readonly<Record<TimelineType, string>> = {
  objectPresent: 'Proximity',
  contact: 'Door / contact',
  motion: 'Motion',
  waterPresent: 'Water',
  deskOccupancy: 'Desk occupancy',
}
