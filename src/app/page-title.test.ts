import { describe, expect, it } from 'vitest'
import { pageTitle } from './page-title'

describe('pageTitle', () => {
  it('is just the project while live and calm', () => {
    expect(pageTitle({ project: 'Demo facility · Oslo', connection: 'Live', unacknowledged: 0 })).toBe('Demo facility · Oslo — dt-live')
  })

  it('leads with unacknowledged alarms, then what is wrong with the stream', () => {
    expect(pageTitle({ project: 'Cold store', connection: 'Live', unacknowledged: 2 })).toBe('(2) Cold store — dt-live')
    expect(pageTitle({ project: 'Cold store', connection: 'Offline', unacknowledged: 1 })).toBe('(1) Offline · Cold store — dt-live')
    expect(pageTitle({ project: 'Cold store', connection: 'Auth error', unacknowledged: 0 })).toBe('Auth error · Cold store — dt-live')
  })

  it('does not tick with the reconnect countdown', () => {
    const a = pageTitle({ project: 'P', connection: 'Reconnecting in 4 s (attempt 2 of 5)', unacknowledged: 0 })
    const b = pageTitle({ project: 'P', connection: 'Reconnecting in 3 s (attempt 2 of 5)', unacknowledged: 0 })
    expect(a).toBe('Reconnecting · P — dt-live')
    expect(b).toBe(a)
    expect(pageTitle({ project: 'P', connection: 'Connected, waiting for data…', unacknowledged: 0 })).toBe('Connecting · P — dt-live')
  })
})
