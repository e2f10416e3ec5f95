import { memo, useMemo } from 'react'
import { convertTemperature, EMPTY_SNAPSHOT, EMPTY_TIMELINE, SERIES_INFO, useDeviceStore, type SeriesUnit, type TemperatureUnit } from '../../store'
import type { CardChart } from '../../ui/card/card-view'
import { Sparkline } from '../../ui/charts/sparkline'
import { StateStrip } from '../../ui/charts/state-strip'
import { eventColor, eventTypeName } from '../../ui/event-colors'

export interface CardChartContainerProps {
  id: string
  chart: CardChart
  from: number
  to: number
  width: number
  height: number
  unit: TemperatureUnit
}

const oneDecimal = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 })
const whole = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 })
const formatOne = (v: number) => oneDecimal.format(v)
const formatWhole = (v: number) => whole.format(v)

/** Narrowest Y span per unit: a fridge wandering 0.1 °C should look flat, not like a storm. */
function minSpan(unit: SeriesUnit, temperatureUnit: TemperatureUnit): number {
  if (unit === 'celsius') return temperatureUnit === 'F' ? 2 : 1
  if (unit === 'ppm') return 50
  if (unit === 'percent') return 2
  return 4
}

type SeriesChart = Extract<CardChart, { kind: 'series' }>
type TimelineChart = Extract<CardChart, { kind: 'timeline' }>

function SeriesLine({ id, chart, from, to, width, height, unit }: CardChartContainerProps & { chart: SeriesChart }) {
  // The buffer is shared and mutable; it is read when the window moves (once a second), not on
  // every event, which keeps each chart at ≤ 1 redraw per second.
  const buffer = useDeviceStore((s) => s.devices[id]?.series[chart.key])
  const info = SERIES_INFO[chart.key]
  const points = useMemo(() => {
    const snap = buffer?.size ? buffer.snapshot(from, to) : EMPTY_SNAPSHOT
    if (info.unit !== 'celsius' || unit === 'C') return snap
    return { times: snap.times, values: snap.values.map((c) => convertTemperature(c, unit)) }
  }, [buffer, from, to, info.unit, unit])
  return (
    <Sparkline
      points={points}
      from={from}
      to={to}
      width={width}
      height={height}
      color={eventColor(chart.eventType)}
      minSpan={minSpan(info.unit, unit)}
      formatTick={info.unit === 'celsius' || info.unit === 'percent' ? formatOne : formatWhole}
      label={`${info.label}, live window`}
    />
  )
}

function TimelineStrip({ id, chart, from, to, width }: CardChartContainerProps & { chart: TimelineChart }) {
  const timeline = useDeviceStore((s) => s.devices[id]?.timelines[chart.type])
  const changes = useMemo(() => (timeline?.size ? timeline.snapshot(from, to) : EMPTY_TIMELINE), [timeline, from, to])
  return (
    <StateStrip
      changes={changes}
      from={from}
      to={to}
      width={width}
      height={18}
      activeStates={chart.activeStates}
      activeLabel={chart.activeLabel}
      color={eventColor(chart.type)}
      label={`${eventTypeName(chart.type)}, live window`}
    />
  )
}

/** A card's chart: a sparkline for numeric series, a state strip for binary types. */
export const CardChartContainer = memo(function CardChartContainer(props: CardChartContainerProps) {
  const { chart } = props
  return chart.kind === 'series' ? <SeriesLine {...props} chart={chart} /> : <TimelineStrip {...props} chart={chart} />
})
