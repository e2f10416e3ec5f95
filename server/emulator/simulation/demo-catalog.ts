import type { KnownDeviceType } from '../../../src/dt'

/** A mean-reverting quantity: where it settles, how much it wanders, and hard limits. */
export interface WalkSpec {
  mean: number
  sd: number
  min: number
  max: number
}

export interface DemoDeviceSpec {
  type: KnownDeviceType
  name: string
  description: string
  zone: string
  floor: string
  /** Temperature Probe: a `temperature` device with probeWireStatus. */
  probe?: boolean
  /** Main analog value (°C, ppm); humidity uses `rh` as well. */
  walk?: WalkSpec
  rh?: WalkSpec
  /** Cloud connectors in range: index into the CCON list, and the mean RSSI through it. */
  links?: ReadonlyArray<readonly [number, number]>
}

const cold = (mean: number): WalkSpec => ({ mean, sd: 0.08, min: mean - 6, max: mean + 8 })
const room = (mean: number): WalkSpec => ({ mean, sd: 0.05, min: 16, max: 28 })
const rh = (mean: number): WalkSpec => ({ mean, sd: 0.25, min: 20, max: 70 })

/** Cloud connectors first: sensors refer to them by index. */
export const DEMO_CCONS: readonly DemoDeviceSpec[] = [
  { type: 'ccon', name: 'CCON – 4th floor', description: 'Above the printer, corridor 4 east', zone: 'office', floor: '4' },
  { type: 'ccon', name: 'CCON – Kitchen', description: 'Ceiling by the dishwasher station', zone: 'kitchen', floor: '1' },
  { type: 'ccon', name: 'CCON – Warehouse', description: 'Pillar C3, cellular only', zone: 'warehouse', floor: '1' },
]

const OFFICE = [[0, -62], [1, -97]] as const
const KITCHEN = [[1, -66], [2, -91]] as const
const WAREHOUSE = [[2, -70], [1, -99]] as const

/** The demo facility: a food company's office, kitchen and cold store in Oslo. */
export const DEMO_SENSORS: readonly DemoDeviceSpec[] = [
  { type: 'temperature', name: 'Freezer 1 – bottom drawer', description: 'Kitchen reach-in freezer', zone: 'kitchen', floor: '1', walk: cold(-19.5), links: KITCHEN },
  { type: 'temperature', name: 'Freezer 3 – top shelf', description: 'Walk-in freezer, upper rack', zone: 'cold-room', floor: '1', walk: cold(-21), links: WAREHOUSE },
  { type: 'temperature', name: 'Walk-in freezer – door side', description: 'Walk-in freezer, by the door', zone: 'cold-room', floor: '1', walk: cold(-17.5), links: WAREHOUSE },
  { type: 'temperature', name: 'Fridge 2 – dairy', description: 'Kitchen fridge, dairy shelf', zone: 'kitchen', floor: '1', walk: cold(3.8), links: KITCHEN },
  { type: 'temperature', name: 'Fridge 4 – produce', description: 'Cold room, vegetables', zone: 'cold-room', floor: '1', walk: cold(4.6), links: WAREHOUSE },
  { type: 'temperature', name: 'Wine cooler', description: 'Canteen bar', zone: 'canteen', floor: '1', walk: { mean: 12, sd: 0.06, min: 8, max: 16 }, links: KITCHEN },
  { type: 'temperature', name: 'Server room – rack A', description: 'Top of rack A, front', zone: 'server-room', floor: '4', walk: { mean: 23.5, sd: 0.08, min: 18, max: 32 }, links: OFFICE },
  { type: 'temperature', name: 'Reception', description: 'Behind the front desk', zone: 'office', floor: '1', walk: room(21.2), links: KITCHEN },
  { type: 'temperature', name: 'Loading dock – ambient', description: 'Dock 2, under the canopy', zone: 'warehouse', floor: '1', walk: { mean: 7.5, sd: 0.12, min: -10, max: 25 }, links: WAREHOUSE },
  {
    type: 'temperature',
    name: 'Hot-holding cabinet – probe',
    description: 'Temperature Probe in the hot-holding cabinet',
    zone: 'kitchen',
    floor: '1',
    probe: true,
    walk: { mean: 68, sd: 0.2, min: 55, max: 85 },
    links: KITCHEN,
  },
  { type: 'humidity', name: 'Meeting room 4.12', description: 'Eight seats, window side', zone: 'office', floor: '4', walk: room(21.8), rh: rh(38), links: OFFICE },
  { type: 'humidity', name: 'Archive room', description: 'Paper archive, keep dry', zone: 'office', floor: '4', walk: room(19.5), rh: rh(45), links: OFFICE },
  { type: 'humidity', name: 'Dry store', description: 'Flour and grains', zone: 'kitchen', floor: '1', walk: room(18.5), rh: rh(52), links: KITCHEN },
  { type: 'co2', name: 'Meeting room 4.14 – air', description: 'CO2, pressure and humidity', zone: 'office', floor: '4', walk: { mean: 720, sd: 12, min: 400, max: 2500 }, rh: rh(36), links: OFFICE },
  { type: 'co2', name: 'Canteen – air', description: 'CO2 sensor above the salad bar', zone: 'canteen', floor: '1', walk: { mean: 880, sd: 15, min: 400, max: 3000 }, rh: rh(41), links: KITCHEN },
  { type: 'proximity', name: 'Pallet bay 7', description: 'Pallet present in bay 7', zone: 'warehouse', floor: '1', links: WAREHOUSE },
  { type: 'proximity', name: 'Fire extinguisher – 4th floor', description: 'Extinguisher in its bracket', zone: 'office', floor: '4', links: OFFICE },
  { type: 'touch', name: 'Cleaning check-in – toilets 4', description: 'Cleaners touch after each round', zone: 'office', floor: '4', links: OFFICE },
  { type: 'touch', name: 'Service button – reception', description: 'Visitors press for help', zone: 'office', floor: '1', links: KITCHEN },
  { type: 'contact', name: 'Loading dock door', description: 'Dock 2 roller door', zone: 'warehouse', floor: '1', links: WAREHOUSE },
  { type: 'contact', name: 'Cold-room door', description: 'Walk-in cold room', zone: 'cold-room', floor: '1', links: WAREHOUSE },
  { type: 'contact', name: 'Main entrance door', description: 'Front door, ground floor', zone: 'office', floor: '1', links: KITCHEN },
  { type: 'motion', name: 'Corridor 4 – east wing', description: 'Ceiling, by the lifts', zone: 'office', floor: '4', links: OFFICE },
  { type: 'motion', name: 'Meeting room 4.12 – presence', description: 'Under the table', zone: 'office', floor: '4', links: OFFICE },
  { type: 'deskOccupancy', name: 'Desk 4.21', description: 'Hot desk, window row', zone: 'office', floor: '4', links: OFFICE },
  { type: 'deskOccupancy', name: 'Desk 4.22', description: 'Hot desk, window row', zone: 'office', floor: '4', links: OFFICE },
  { type: 'waterDetector', name: 'Under sink – kitchen', description: 'Dishwasher inlet', zone: 'kitchen', floor: '1', links: KITCHEN },
  { type: 'waterDetector', name: 'Server room floor', description: 'Below the cooling unit', zone: 'server-room', floor: '4', links: OFFICE },
  { type: 'proximityCounter', name: 'Loading dock – pallet counter', description: 'Counts pallets passing dock 2', zone: 'warehouse', floor: '1', links: WAREHOUSE },
  { type: 'touchCounter', name: 'Customer feedback – happy', description: 'Canteen exit, green button', zone: 'canteen', floor: '1', links: KITCHEN },
]

/**
 * The organisation's Inventory project: sensors that arrived and were not placed yet. Like real
 * new devices they carry no labels (the dashboard shows their ids), and they report from the desk
 * where they wait, through the office connector.
 */
export const DEMO_INVENTORY: readonly DemoDeviceSpec[] = [
  { type: 'temperature', name: '', description: '', zone: '', floor: '', walk: room(22.4), links: OFFICE },
  { type: 'temperature', name: '', description: '', zone: '', floor: '', walk: room(22.1), links: OFFICE },
  { type: 'humidity', name: '', description: '', zone: '', floor: '', walk: room(22.3), rh: rh(33), links: OFFICE },
  { type: 'contact', name: '', description: '', zone: '', floor: '', links: OFFICE },
]
