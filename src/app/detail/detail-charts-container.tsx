import { useMemo } from 'react'
import { useStore } from 'zustand'
import { humanizeState, useDevice, useUiStore, type TimelineType } from '../../store'
import { DETAIL_RANGES, type DetailRange } from '../../ui/detail/detail-ranges'
import { eventColor } from '../../ui/event-colors'
import { SeriesPanel, type PanelStatus } from '../../ui/detail/series-panel'
import { StateStrip } from '../../ui/detail/state-strip'
import { formatClock, formatFullTime, formatSpan, formatTick, formatZoomTick, timeTicks } from '../../ui/detail/time-axis'
import { spanBetween, tickStepFor, type TimeSpan } from '../../ui/detail/zoom'
import { alarmStore } from '../alarms/alarm-app-store'
import { buildPanels } from './detail-panels'
import { timelineTypesOf, windowTimeline } from './detail-series'
import { useComparedLines, useComparePicker } from './use-compare'
import { useDetailWindow } from './use-detail-window'
import { windowLabel, type HistoryState } from './use-history-range'

const ACTIVE_STATES = new Set(['PRESENT', 'OPEN', 'MOTION_DETECTED', 'OCCUPIED'])
const STATE_TEXT: Readonly<Record<string, string>> = { MOTION_DETECTED: 'Motion', NO_MOTION_DETECTED: 'No motion' }
const describeState = (s: string) => STATE_TEXT[s] ?? humanizeState(s)

function panelStatus(state: HistoryState, range: DetailRange, retry: () => void): PanelStatus {
  if (state.status === 'loading') return { kind: 'loading', text: `Loading ${DETAIL_RANGES[range].label} of history…` }
  if (state.status === 'error') return { kind: 'error', text: `${state.message} Until then the chart shows what this tab received live.`, onRetry: retry }
  return { kind: 'ready' }
}

/** Props of {@link DetailChartsContainer}. */
export interface DetailChartsContainerProps {
  deviceId: string
  range: DetailRange
  history: { state: HistoryState; retry: () => void }
  /** The span the user zoomed to within the range (the window stands still), or null for the whole range. */
  zoom: TimeSpan | null
  onZoom: (span: TimeSpan) => void
  /** Other devices drawn on the temperature chart, and how to change them. */
  compare: readonly string[]
  onCompare: (ids: readonly string[]) => void
}

/** The charts and state strips of a device for the chosen range, with stats and thresholds. */
export function DetailChartsContainer({ deviceId, range, history: loaded, zoom, onZoom, compare, onCompare }: DetailChartsContainerProps) {
  const record = useDevice(deviceId)
  const unit = useUiStore((s) => s.temperatureUnit)
  const rangeWindow = useDetailWindow(range)
  // Primitives, not a merged object: the memo below depends on the values, not on an identity.
  const from = zoom ? zoom.from : rangeWindow.from
  const to = zoom ? zoom.to : rangeWindow.to
  const frozen = zoom !== null || rangeWindow.frozen
  const rules = useStore(alarmStore, (s) => s.rules)
  const alarms = useStore(alarmStore, (s) => s.alarms)
  const { state, retry } = loaded
  const history = state.status === 'ready' ? state.data : undefined

  const compared = useComparedLines(compare, range)
  const picker = useComparePicker(deviceId, compare, onCompare)

  const panels = useMemo(() => {
    if (!record) return []
    return buildPanels({ record, history, win: { from, to, frozen }, range, unit, rules, alarms, compared })
  }, [record, history, from, to, frozen, range, unit, rules, alarms, compared])

  if (!record) return null
  const status = panelStatus(state, range, retry)
  const info = DETAIL_RANGES[range]
  const step = zoom ? tickStepFor(zoom.to - zoom.from) : info.tickMs
  const ticks = timeTicks(from, to, step)
  const tick = zoom ? (t: number) => formatZoomTick(t, step) : (t: number) => formatTick(t, range)
  const note = history?.truncated ? `Showing the newest ${history.events.toLocaleString('en-US')} events; the start of the window was not loaded.` : undefined
  const stripTime = range === 'live' ? formatClock : formatFullTime
  const label = zoom ? `from ${formatSpan(zoom.from, zoom.to)}` : windowLabel(range)
  // A drag picks a span of what is shown: of the zoom when zoomed, of the range otherwise.
  const zoomTo = (a: number, b: number) => {
    const span = spanBetween(a, b, { from: from, to: to })
    if (span) onZoom(span)
  }

  return (
    <>
      {panels.map((p, i) => (
        <SeriesPanel
          key={p.keys.join()}
          title={p.title}
          {...(p.comparable ? { actions: picker } : {})}
          status={status}
          stats={p.stats}
          windowLabel={label}
          {...(zoom ? { latestLabel: 'Last' } : {})}
          {...(note ? { note } : {})}
          chart={{
            series: p.series,
            from: from,
            to: to,
            ticks,
            formatTick: tick,
            formatTime: formatFullTime,
            thresholds: p.lines.map((l) => ({ id: l.ruleId, axis: p.keys.indexOf(l.seriesKey) === 0 ? 'left' : 'right', value: l.value, label: l.label, firing: l.firing })),
            height: i === 0 ? 320 : 220,
            title: `${p.title} ${label}`,
            onZoom: zoomTo,
          }}
        />
      ))}
      {timelineTypesOf(record).map((type: TimelineType) => {
        const tl = windowTimeline(record, history, type, from, to)
        const color = type === 'waterPresent' ? 'var(--bad)' : eventColor(type)
        return (
          <StateStrip
            key={type}
            title={SERIES_TITLES[type]}
            color={color}
            times={tl.times}
            states={tl.states}
            from={from}
            to={to}
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
