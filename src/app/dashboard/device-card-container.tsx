import { memo, useEffect } from 'react'
import { uiStore, useDevice, useUiStore, type DeviceRecordView } from '../../store'
import { CardSkeleton } from '../../ui/card/card-skeleton'
import { DeviceCard } from '../../ui/card/device-card'
import { staleness } from '../../ui/card/staleness'
import { deviceTypeName } from '../../ui/filters/device-type-names'
import { formatAge } from '../../ui/format-age'
import { useDeviceAlarm } from '../alarms'
import { cadenceTracker } from './cadence-tracker'
import { CardChartContainer } from './card-chart-container'
import { describeDevice } from './card-reading'

export interface DeviceCardContainerProps {
  id: string
  /** The grid's one clock (1 s), shared so all cards update in one render. */
  now: number
  /** The stream is live. */
  live: boolean
  /** Chart window, epoch ms. */
  from: number
  to: number
  windowLabel: string
  /** Card width in px. */
  width: number
}

/** Horizontal padding of a card (2 × --space-4), taken off the chart width. */
const CARD_PADDING_X = 32
const CHART_HEIGHT = 46
const clock = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false })
const selectDevice = (id: string) => uiStore.getState().selectDevice(id)

function signalOf(r: DeviceRecordView): { percent: number | null; title: string } {
  if (r.type === 'ccon') {
    const cellular = r.latest.cellularStatus?.data.signalStrength ?? null
    return { percent: cellular, title: cellular === null ? '' : `Cellular signal ${Math.round(cellular)} %` }
  }
  const s = r.signal
  if (!s || s.signalStrength === null) return { percent: null, title: '' }
  const via = s.connectors.length === 1 ? '1 cloud connector' : `${s.connectors.length} cloud connectors`
  return { percent: s.signalStrength, title: `Signal ${Math.round(s.signalStrength)} % (strongest of ${via}${s.rssi === null ? '' : `, ${s.rssi} dBm`})` }
}

/** One card wired to its device record; re-renders only when that device changes or the clock ticks. */
export const DeviceCardContainer = memo(function DeviceCardContainer({ id, now, live, from, to, windowLabel, width }: DeviceCardContainerProps) {
  const record = useDevice(id)
  const unit = useUiStore((s) => s.temperatureUnit)
  const selected = useUiStore((s) => s.selectedDeviceId === id)
  const alarm = useDeviceAlarm(id)
  useEffect(() => () => cadenceTracker.detach(id), [id])
  if (!record) return <CardSkeleton />

  const reading = describeDevice(record, { unit, now, windowStart: from, windowLabel })
  const stale = staleness({ live, lastSeen: record.lastSeen, now, cadenceMs: cadenceTracker.observe(id, record.lastSeen) })
  const signal = signalOf(record)
  const heard = record.lastSeen === null ? 'never heard from' : `last heard ${formatAge(record.lastSeen, now)} ago`
  const probe = record.latest.probeWireStatus !== undefined
  // A touch card's figure already is an age.
  const age = reading.time === null || reading.accentType === 'touch' ? '' : formatAge(reading.time, now)

  return (
    <DeviceCard
      id={id}
      name={record.name}
      typeLabel={probe ? 'Temperature probe' : deviceTypeName(record.type)}
      description={record.description}
      reading={reading}
      age={age}
      ageTitle={reading.time === null ? `No reading yet; ${heard}` : `Reported ${clock.format(reading.time)}; device ${heard}`}
      stale={stale}
      battery={record.battery}
      signal={signal.percent}
      signalTitle={signal.title}
      chart={reading.chart && <CardChartContainer id={id} chart={reading.chart} from={from} to={to} width={Math.max(40, width - CARD_PADDING_X)} height={CHART_HEIGHT} unit={unit} />}
      windowLabel={reading.chart ? windowLabel : ''}
      alarm={alarm}
      selected={selected}
      onSelect={selectDevice}
    />
  )
})
