import type { DeviceRecordView } from './device-record'

/**
 * The newest temperature the record holds, in °C: a temperature sensor's value or the
 * temperature a humidity (or CO₂) sensor reports beside its humidity, whichever came last.
 * Null when the device has reported neither.
 */
export function currentTemperature(record: DeviceRecordView): number | null {
  const t = record.latest.temperature
  const h = record.latest.humidity
  let value: number | null = null
  if (t && (!h || t.time >= h.time)) value = t.data.value
  else if (h) value = h.data.temperature
  return value !== null && Number.isFinite(value) ? value : null
}
