import { describe, expect, it } from 'vitest'
import type { Device } from '../../dt'
import { createDeviceStore } from '../../store'
import { candidateFor, compareCandidates, compareColor, temperatureKeyOf } from './compare'

function catalog() {
  const store = createDeviceStore()
  const device = (id: string, type: string, name: string): Device => ({ name: `projects/p/devices/${id}`, id, projectId: 'p', type, productNumber: '', labels: { name }, reported: {} })
  store.getState().upsertDevices([
    device('t10', 'temperature', 'Fridge 10'),
    device('t2', 'temperature', 'Fridge 2 – dairy'),
    device('h1', 'humidity', 'Meeting room'),
    device('c1', 'co2', 'Office air'),
    device('d1', 'contact', 'Dock door'),
    device('t3', 'temperature', 'Fridge 2 – dairy'),
  ])
  return store.getState()
}

describe('comparing devices', () => {
  it('finds the temperature series of each device type, and none for a door', () => {
    const s = catalog()
    const key = (id: string) => {
      const r = s.devices[id]
      if (!r) throw new Error(`no ${id}`)
      return temperatureKeyOf(r)
    }
    expect(key('t2')).toBe('temperature')
    expect(key('h1')).toBe('humidityTemperature')
    expect(key('c1')).toBe('humidityTemperature')
    expect(key('d1')).toBeNull()
  })

  it('offers every other device with a temperature, by name with numbers as numbers, twins told apart by id', () => {
    const s = catalog()
    const c = compareCandidates(s.devices, s.deviceOrder, 't10')
    expect(c.map((x) => x.id)).toEqual(['t2', 't3', 'h1', 'c1'])
    expect(c[0]?.option).toBe('Fridge 2 – dairy (t2)')
  })

  it('reads typed text as a list entry, an id, a whole name or a unique part of one', () => {
    const s = catalog()
    const c = compareCandidates(s.devices, s.deviceOrder, 'x')
    const id = (typed: string) => {
      const m = candidateFor(typed, c)
      return m.ok ? m.candidate.id : m.message
    }
    expect(id('Fridge 2 – dairy (t3)')).toBe('t3')
    expect(id(' h1 ')).toBe('h1')
    expect(id('office AIR')).toBe('c1')
    expect(id('meeting')).toBe('h1')
    // Two devices share the name, several share "fridge": ambiguous, so no guess.
    expect(id('Fridge 2 – dairy')).toBe('“Fridge 2 – dairy” matches 2 devices; pick one from the list.')
    expect(id('fridge')).toBe('“fridge” matches 3 devices; pick one from the list.')
    expect(id('freezer')).toBe('No other temperature device is called “freezer”.')
  })

  it('gives each compared device its own colour', () => {
    expect(new Set([0, 1, 2, 3].map(compareColor)).size).toBe(4)
  })
})
