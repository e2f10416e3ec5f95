import { describe, expect, it } from 'vitest'
import { createEventIdGenerator, newDeviceId, newEmulatedDeviceId } from './ids'
import { deriveSeed, mulberry32 } from './prng'

describe('ids', () => {
  it('makes 20-character base32hex device ids and 23-character emulated ones', () => {
    const rng = mulberry32(1)
    expect(newDeviceId(rng)).toMatch(/^[0-9a-v]{20}$/)
    expect(newEmulatedDeviceId(rng)).toMatch(/^emu[0-9a-v]{20}$/)
  })

  it('makes unique xid-style event ids that sort by time', () => {
    let t = Date.parse('2025-03-11T09:15:47Z')
    const next = createEventIdGenerator(() => t, mulberry32(2))
    const ids = Array.from({ length: 1000 }, () => next())
    expect(new Set(ids).size).toBe(1000)
    for (const id of ids) expect(id).toMatch(/^[0-9a-v]{20}$/)
    const early = next()
    t += 2000
    expect(next() > early).toBe(true)
  })

  it('derives independent, reproducible seeds', () => {
    expect(deriveSeed(1, 2, 3)).toBe(deriveSeed(1, 2, 3))
    expect(deriveSeed(1, 2, 3)).not.toBe(deriveSeed(1, 3, 3))
    expect(mulberry32(5)()).toBe(mulberry32(5)())
  })
})
