import type { DeviceRecordView } from '../../store'
import type { CardChart, CardReading } from '../../ui/card/card-view'

/** Binary event types shown as a state word and a strip. */
export type StateType = 'objectPresent' | 'contact' | 'motion' | 'deskOccupancy' | 'waterPresent'

interface StateWords {
  readonly on: string
  readonly onWord: string
  readonly offWord: string
  /** Water is an alert when on; a door or a presence is just active. */
  readonly onTone: 'active' | 'alert'
}

const WORDS: Readonly<Record<StateType, StateWords>> = {
  contact: { on: 'OPEN', onWord: 'OPEN', offWord: 'CLOSED', onTone: 'active' },
  objectPresent: { on: 'PRESENT', onWord: 'Present', offWord: 'Not present', onTone: 'active' },
  motion: { on: 'MOTION_DETECTED', onWord: 'Motion', offWord: 'No motion', onTone: 'active' },
  deskOccupancy: { on: 'OCCUPIED', onWord: 'Occupied', offWord: 'Not occupied', onTone: 'active' },
  waterPresent: { on: 'PRESENT', onWord: 'Water detected', offWord: 'Dry', onTone: 'alert' },
}

/** The state word ("OPEN", "Present", "Water detected", "Dry") with its tone, and the strip. */
export function stateReading(r: DeviceRecordView, type: StateType, chart: CardChart): CardReading {
  const latest = r.latest[type]
  const words = WORDS[type]
  if (!latest) return { value: '—', unit: '', kind: 'none', tone: 'muted', details: ['Waiting for the first reading'], accentType: type, time: null, chart }
  const on = latest.data.state === words.on
  const incomplete = type === 'deskOccupancy' && r.latest.deskOccupancy?.data.remarks?.includes('INCOMPLETE_DATA')
  return {
    value: on ? words.onWord : words.offWord,
    unit: '',
    kind: 'state',
    tone: on ? words.onTone : 'normal',
    details: incomplete ? ['Incomplete data'] : [],
    accentType: type,
    time: latest.time,
    chart,
  }
}

const UPLINK: Readonly<Record<string, string>> = { ETHERNET: 'Ethernet', CELLULAR: 'Cellular' }

/** A cloud connector: its uplink (ETHERNET, CELLULAR, OFFLINE), cellular signal, uplinks available. */
export function connectorReading(r: DeviceRecordView): CardReading {
  const status = r.latest.connectionStatus
  const details: string[] = []
  const cellular = r.latest.cellularStatus?.data.signalStrength
  if (cellular !== undefined) details.push(`Cellular ${Math.round(cellular)} %`)
  const available = status?.data.available ?? []
  if (available.length) details.push(`${available.map((a) => UPLINK[a] ?? a).join(', ')} available`)
  const ip = r.latest.ethernetStatus?.data.ipAddress
  if (ip) details.push(`IP ${ip}`)
  if (!status) return { value: '—', unit: '', kind: 'none', tone: 'muted', details: details.length ? details : ['Waiting for a connection status'], accentType: 'connectionStatus', time: null, chart: null }
  const connection = status.data.connection
  return { value: connection, unit: '', kind: 'state', tone: connection === 'OFFLINE' ? 'alert' : 'normal', details, accentType: 'connectionStatus', time: status.time, chart: null }
}
