import { describe, expect, it } from 'vitest'
import { signalStrength } from './radio'

describe('signal strength', () => {
  it('follows the rssi pairs in DT fixtures', () => {
    expect(signalStrength(-79)).toBe(63)
    expect(signalStrength(-61)).toBe(88)
    expect(signalStrength(-95)).toBe(31)
    expect(signalStrength(-120)).toBe(0)
    expect(signalStrength(-40)).toBe(100)
  })
})
