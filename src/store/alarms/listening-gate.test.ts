import { describe, expect, it } from 'vitest'
import { createListeningGate } from './listening-gate'

describe('listening gate', () => {
  it('is closed until the stream is live, trusts last-seen times on the first live period, and counts from the return after an outage', () => {
    const gate = createListeningGate()
    expect(gate.since()).toBeNull()
    gate.setLive(true, 100)
    expect(gate.since()).toBe(-Infinity)
    gate.setLive(true, 150)
    expect(gate.since()).toBe(-Infinity)
    gate.setLive(false, 200)
    expect(gate.since()).toBeNull()
    gate.setLive(true, 300)
    expect(gate.since()).toBe(300)
  })

  it('trusts last-seen times again after a reset (a new device list)', () => {
    const gate = createListeningGate()
    gate.setLive(true, 100)
    gate.setLive(false, 200)
    gate.reset()
    gate.setLive(true, 300)
    expect(gate.since()).toBe(-Infinity)
    gate.setLive(false, 400)
    gate.setLive(true, 500)
    gate.reset()
    expect(gate.since()).toBe(-Infinity)
  })
})
