import { encodeDevice } from '../../src/dt'
import { toDevice, type DeviceRecord } from './world'

function valueAt(o: unknown, path: string[]): unknown {
  let v = o
  for (const key of path) {
    if (typeof v !== 'object' || v === null) return undefined
    v = (v as Record<string, unknown>)[key]
  }
  return v
}

function compare(a: unknown, b: unknown): number {
  const aMissing = a === undefined || a === null
  const bMissing = b === undefined || b === null
  if (aMissing || bMissing) return aMissing === bMissing ? 0 : aMissing ? 1 : -1
  if (typeof a === 'number' && typeof b === 'number') return a - b
  return String(a).localeCompare(String(b))
}

/**
 * `order_by` as a dot path over the wire device (`reported.temperature.value`, `labels.name`),
 * `-` first for descending. Devices without the field go last either way.
 */
export function orderDevices(devices: DeviceRecord[], orderBy: string): DeviceRecord[] {
  const descending = orderBy.startsWith('-')
  const path = (descending ? orderBy.slice(1) : orderBy).split('.').filter(Boolean)
  const keyed = devices.map((d) => ({ d, v: valueAt(encodeDevice(toDevice(d)), path) }))
  keyed.sort((x, y) => {
    const xMissing = x.v === undefined || x.v === null
    const yMissing = y.v === undefined || y.v === null
    if (xMissing || yMissing) return compare(x.v, y.v)
    return descending ? compare(y.v, x.v) : compare(x.v, y.v)
  })
  return keyed.map((k) => k.d)
}
