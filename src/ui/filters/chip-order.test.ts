import { describe, expect, it } from 'vitest'
import { orderChips } from './chip-order'

const devices = { temperature: 10, humidity: 5, co2: 2, networkStatus: 30, batteryStatus: 30, touch: 4, contact: 3, motion: 2, objectPresent: 2, waterPresent: 2 }
const events = { networkStatus: 9000, temperature: 800, objectPresent: 12, motion: 400 }

describe('orderChips', () => {
  it('puts measured types first, most devices first, status types last', () => {
    const { shown, more } = orderChips(devices, events, [])
    expect(shown.map((c) => c.type)).toEqual(['temperature', 'humidity', 'touch', 'contact', 'objectPresent', 'waterPresent'])
    expect(more.map((c) => c.type).slice(-2)).toEqual(['networkStatus', 'batteryStatus'])
  })

  it('breaks ties in DT documented order, never by the live event count', () => {
    const a = orderChips(devices, events, [])
    const b = orderChips(devices, { ...events, motion: 1_000_000 }, [])
    expect(b.shown.map((c) => c.type)).toEqual(a.shown.map((c) => c.type))
  })

  it('keeps selected chips visible even when they rank beyond the first six', () => {
    const { shown, more } = orderChips(devices, events, ['batteryStatus'])
    expect(shown.map((c) => c.type)).toContain('batteryStatus')
    expect(shown.find((c) => c.type === 'batteryStatus')?.selected).toBe(true)
    expect(more.map((c) => c.type)).not.toContain('batteryStatus')
  })

  it('shows a selected type nobody reported yet (from a shared link) with zero counts', () => {
    const { shown } = orderChips({}, {}, ['contact'])
    expect(shown).toEqual([{ type: 'contact', devices: 0, events: 0, selected: true }])
  })

  it('carries both counts', () => {
    const t = orderChips(devices, events, []).shown[0]
    expect(t).toEqual({ type: 'temperature', devices: 10, events: 800, selected: false })
  })
})
