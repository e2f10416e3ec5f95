import { describe, expect, it } from 'vitest'
import { CONNECTOR_ROUND_MS, mergeNetworkStatus, toNetworkStatusData } from './network-signal'

describe('mergeNetworkStatus', () => {
  it('files an old payload without cloudConnectors under an anonymous connector', () => {
    const s = mergeNetworkStatus(null, { updateTime: 'x', signalStrength: 40, rssi: -90 }, 10)
    expect(s).toMatchObject({ signalStrength: 40, rssi: -90, strongestConnectorId: '', time: 10 })
  })

  it('returns the previous summary for a repeat or an empty payload', () => {
    const s = mergeNetworkStatus(null, { updateTime: 'x', cloudConnectors: [{ id: 'a', signalStrength: 50, rssi: -80 }] }, 10)
    expect(mergeNetworkStatus(s, { updateTime: 'x', cloudConnectors: [{ id: 'a', signalStrength: 50, rssi: -80 }] }, 10)).toBe(s)
    expect(mergeNetworkStatus(s, { updateTime: 'y' }, 20)).toBe(s)
    expect(mergeNetworkStatus(null, { updateTime: 'y' }, 20)).toBeNull()
  })

  it('keeps connectors of the same round and writes the reported form', () => {
    let s = mergeNetworkStatus(null, { updateTime: 'a', cloudConnectors: [{ id: 'a', signalStrength: 30, rssi: -95 }] }, 0)
    s = mergeNetworkStatus(s, { updateTime: 'b', cloudConnectors: [{ id: 'b', signalStrength: 60, rssi: -75 }], transmissionMode: 'HIGH_POWER_BOOST_MODE' }, CONNECTOR_ROUND_MS)
    expect(s?.connectors.map((c) => c.id)).toEqual(['b', 'a'])
    expect(s && toNetworkStatusData(s, 'b')).toEqual({
      updateTime: 'b',
      signalStrength: 60,
      rssi: -75,
      transmissionMode: 'HIGH_POWER_BOOST_MODE',
      cloudConnectors: [
        { id: 'b', signalStrength: 60, rssi: -75 },
        { id: 'a', signalStrength: 30, rssi: -95 },
      ],
    })
  })
})
