import { describe, expect, it } from 'vitest'
import { buildStreamUrl } from './stream-url'

describe('buildStreamUrl', () => {
  it('sends lists as repeated snake_case keys and ping_interval as a Duration', () => {
    const url = new URL(
      buildStreamUrl('/api/v2/', 'p 1', { eventTypes: ['temperature', 'touch'], deviceIds: ['d1', 'd2'], deviceTypes: ['co2'], labelFilters: ['room=a b', 'floor'] }, 10_000),
      'http://x',
    )
    expect(url.pathname).toBe('/api/v2/projects/p%201/devices:stream')
    expect(url.searchParams.getAll('event_types')).toEqual(['temperature', 'touch'])
    expect(url.searchParams.getAll('device_ids')).toEqual(['d1', 'd2'])
    expect(url.searchParams.getAll('device_types')).toEqual(['co2'])
    expect(url.searchParams.getAll('label_filters')).toEqual(['room=a b', 'floor'])
    expect(url.searchParams.get('ping_interval')).toBe('10s')
  })
  it('leaves out empty filters', () => {
    expect(buildStreamUrl('https://api.d21s.com/v2', 'p', {}, 2500)).toBe('https://api.d21s.com/v2/projects/p/devices:stream?ping_interval=2.5s')
  })
})
