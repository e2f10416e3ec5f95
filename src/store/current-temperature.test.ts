import { describe, expect, it } from 'vitest'
import { currentTemperature } from './current-temperature'
import { applyEvent, emptyRecord } from './device-record'
import { ev } from './test-events'

const T = Date.parse('2025-03-11T09:00:00Z')

describe('currentTemperature', () => {
  it('is null for a device that has reported no temperature', () => {
    const r = applyEvent(emptyRecord('d1', 'p1'), ev('co2', 'd1', T, { ppm: 600 }))
    expect(currentTemperature(r)).toBeNull()
  })

  it('reads a temperature sensor’s latest value', () => {
    const r = [ev('temperature', 'd1', T, { value: 4 }), ev('temperature', 'd1', T + 1000, { value: -18.5 })].reduce(
      (acc, e) => applyEvent(acc, e),
      emptyRecord('d1', 'p1'),
    )
    expect(currentTemperature(r)).toBe(-18.5)
  })

  it('reads the temperature a humidity sensor reports, and takes the newer of the two when both exist', () => {
    const humid = applyEvent(emptyRecord('d2', 'p1'), ev('humidity', 'd2', T, { temperature: 22.5, relativeHumidity: 40 }))
    expect(currentTemperature(humid)).toBe(22.5)
    const both = applyEvent(humid, ev('temperature', 'd2', T + 1000, { value: 21 }))
    expect(currentTemperature(both)).toBe(21)
    const humidAgain = applyEvent(both, ev('humidity', 'd2', T + 2000, { temperature: 23, relativeHumidity: 41 }))
    expect(currentTemperature(humidAgain)).toBe(23)
  })
})
