import { describe, expect, it } from 'vitest'
import { DEFAULT_FILTERS } from '../../store'
import { readUrlFilters, urlWithFilters } from './url-filters'

const at = (search: string, hash = '') => ({ pathname: '/', search, hash })

describe('urlWithFilters', () => {
  it('writes the filters with readable commas', () => {
    const url = urlWithFilters({ eventTypes: ['temperature', 'contact'], deviceTypes: ['ccon'], search: 'fridge 2', serverSide: true, sort: 'alarms' }, at(''))
    expect(url).toBe('/?types=temperature,contact&dtype=ccon&q=fridge+2&server=1&sort=alarms')
  })

  it('keeps parameters it does not own, and the hash', () => {
    const url = urlWithFilters({ ...DEFAULT_FILTERS, eventTypes: ['motion'] }, at('?device=abc&types=co2&utm=x', '#top'))
    expect(url).toBe('/?device=abc&utm=x&types=motion#top')
  })

  it('drops the filter parameters entirely when nothing is filtered', () => {
    expect(urlWithFilters(DEFAULT_FILTERS, at('?types=co2&q=x&device=abc'))).toBe('/?device=abc')
    expect(urlWithFilters(DEFAULT_FILTERS, at('?types=co2'))).toBe('/')
  })
})

describe('readUrlFilters', () => {
  it('round-trips what urlWithFilters wrote', () => {
    for (const sort of ['name', 'alarms', 'type', 'project', 'stale', 'warmest', 'coldest'] as const) {
      const filters = { eventTypes: ['objectPresent'], deviceTypes: ['proximity'], search: 'bay 7', serverSide: false, sort }
      const url = new URL(urlWithFilters(filters, at('?device=abc')), 'http://x')
      expect(readUrlFilters(url).filters).toEqual(filters)
    }
  })

  it('leaves the default order out of the URL and reports an unknown one', () => {
    expect(urlWithFilters({ ...DEFAULT_FILTERS, sort: 'name' }, at(''))).toBe('/')
    const { filters, problems } = readUrlFilters(at('?sort=temperature'))
    expect(filters.sort).toBe('name')
    expect(problems).toEqual(['ignored sort="temperature" (expected name, alarms, type, project, stale, warmest, coldest)'])
  })

  it('drops unknown values and says so', () => {
    const { filters, problems } = readUrlFilters(at('?types=temperature,nonsense&dtype=toaster'))
    expect(filters.eventTypes).toEqual(['temperature'])
    expect(filters.deviceTypes).toEqual([])
    expect(problems).toEqual(['ignored unknown event type "nonsense"', 'ignored unknown device type "toaster"'])
  })
})
