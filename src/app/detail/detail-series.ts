import {
  CHARTED_TYPES_BY_DEVICE_TYPE,
  convertTemperature,
  EMPTY_SNAPSHOT,
  EMPTY_TIMELINE,
  SERIES_INFO,
  TIMELINE_TYPES,
  type DeviceRecordView,
  type SeriesKey,
  type SeriesSnapshot,
  type TemperatureUnit,
  type TimelineSnapshot,
  type TimelineType,
} from '../../store'
import { eventColor } from '../../ui/event-colors'
import type { HistoryData } from './history-loader'

/** Series drawn together on one chart (at most two, on a left and a right axis), in display order. */
const GROUPS: readonly (readonly SeriesKey[])[] = [['temperature'], ['humidityTemperature', 'relativeHumidity'], ['co2'], ['pressure'], ['touchCount'], ['objectPresentCount']]

function expectedTypes(record: DeviceRecordView): Set<string> {
  return new Set([...record.eventTypes, ...(CHARTED_TYPES_BY_DEVICE_TYPE[record.type] ?? [])])
}

/** The charts a device gets: every group with data live or expected from its device type; a CO₂ sensor's CO₂ first. */
export function chartGroupsOf(record: DeviceRecordView): SeriesKey[][] {
  const types = expectedTypes(record)
  const has = (k: SeriesKey) => !!record.series[k]?.size || types.has(SERIES_INFO[k].eventType)
  const groups = GROUPS.map((g) => g.filter(has)).filter((g) => g.length > 0)
  const main = groups.findIndex((g) => g.includes(record.type as SeriesKey))
  return main > 0 ? [groups[main] as SeriesKey[], ...groups.filter((_, i) => i !== main)] : groups
}

/** The state strips a device gets. */
export function timelineTypesOf(record: DeviceRecordView): TimelineType[] {
  const types = expectedTypes(record)
  return TIMELINE_TYPES.filter((t) => !!record.timelines[t]?.size || types.has(t))
}

/** Event types to ask history for: those feeding this device's charts and strips. */
export function historyTypesOf(record: DeviceRecordView): string[] {
  const series = chartGroupsOf(record).flat().map((k) => SERIES_INFO[k].eventType)
  return [...new Set([...series, ...timelineTypesOf(record)])]
}

/**
 * A series over [from, to]: the store's ring buffer for the live range; for history ranges the
 * loaded window, continued by live points newer than the load, so a 1 h chart keeps moving.
 */
export function windowSeries(live: DeviceRecordView | undefined, history: HistoryData | undefined, key: SeriesKey, from: number, to: number): SeriesSnapshot {
  const buffer = live?.series[key]
  if (!history) return buffer?.size ? buffer.snapshot(from, to) : EMPTY_SNAPSHOT
  const past = history.record.series[key]?.snapshot(from, Math.min(to, history.to)) ?? EMPTY_SNAPSHOT
  if (to <= history.to || !buffer?.size) return past
  const tail = buffer.snapshot(Math.max(from, history.to + 1), to)
  return tail.times.length ? { times: [...past.times, ...tail.times], values: [...past.values, ...tail.values] } : past
}

/** A state timeline over [from, to], led by the state in force at `from` when known. */
export function windowTimeline(live: DeviceRecordView | undefined, history: HistoryData | undefined, type: TimelineType, from: number, to: number): TimelineSnapshot {
  const liveTimeline = live?.timelines[type]
  if (!history) return liveTimeline?.size ? liveTimeline.snapshot(from, to) : EMPTY_TIMELINE
  const past = history.record.timelines[type]?.snapshot(from, Math.min(to, history.to)) ?? EMPTY_TIMELINE
  const times = [...past.times]
  const states = [...past.states]
  const before = liveTimeline?.stateAt(from)
  if (before !== undefined && !((times[0] ?? Infinity) <= from)) {
    times.unshift(from)
    states.unshift(before)
  }
  if (liveTimeline?.size && to > history.to) {
    const tail = liveTimeline.snapshot(history.to + 1, to)
    tail.times.forEach((t, i) => {
      const s = tail.states[i] as string
      if (t > history.to && s !== states[states.length - 1]) {
        times.push(t)
        states.push(s)
      }
    })
  }
  return { times, states }
}

/** Min, max, mean and latest value of the points in a window, in the series' unit. */
export interface WindowStats {
  readonly min: number
  readonly max: number
  readonly avg: number
  readonly current: number
  readonly currentTime: number
  readonly count: number
}

/** Stats of a window snapshot; the live range gets min/max/avg from the ring buffer itself. */
export function windowStats(snap: SeriesSnapshot, live?: { record: DeviceRecordView; key: SeriesKey; from: number; to: number }): WindowStats | null {
  const n = snap.values.length
  if (!n) return null
  const current = snap.values[n - 1] as number
  const currentTime = snap.times[n - 1] as number
  const fromBuffer = live && live.record.series[live.key]?.minMaxAvg(live.from, live.to)
  if (fromBuffer) return { ...fromBuffer, current, currentTime }
  let min = Infinity
  let max = -Infinity
  let sum = 0
  for (const v of snap.values) {
    if (v < min) min = v
    if (v > max) max = v
    sum += v
  }
  return { min, max, avg: sum / n, current, currentTime, count: n }
}

/** The display unit of a series: °C/°F, %, ppm, hPa, or none for counts. */
export function displayUnit(key: SeriesKey, unit: TemperatureUnit): string {
  const u = SERIES_INFO[key].unit
  return u === 'celsius' ? `°${unit}` : u === 'percent' ? '%' : u === 'ppm' ? 'ppm' : u === 'pascal' ? 'hPa' : ''
}

/** A stored value (°C, Pa) in the display unit (°F, hPa). */
export function toDisplay(key: SeriesKey, value: number, unit: TemperatureUnit): number {
  const u = SERIES_INFO[key].unit
  return u === 'celsius' ? convertTemperature(value, unit) : u === 'pascal' ? value / 100 : value
}

/** Smallest Y span per series, so a flat line is not magnified into noise. */
export function minSpan(key: SeriesKey, unit: TemperatureUnit): number {
  const u = SERIES_INFO[key].unit
  return u === 'celsius' ? (unit === 'F' ? 2 : 1) : u === 'percent' ? 5 : u === 'ppm' ? 100 : u === 'pascal' ? 2 : 4
}

/** The colour of a series: temperatures are warm orange whichever sensor sends them. */
export function seriesColor(key: SeriesKey): string {
  return SERIES_INFO[key].unit === 'celsius' ? eventColor('temperature') : eventColor(SERIES_INFO[key].eventType)
}
