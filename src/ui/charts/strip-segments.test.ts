import { describe, expect, it } from 'vitest'
import { activeSummary, formatSpan, stripSegments } from './strip-segments'

describe('stripSegments', () => {
  it('starts with the state in force at the window start', () => {
    const s = stripSegments({ times: [0, 500], states: ['CLOSED', 'OPEN'] }, 100, 1000)
    expect(s).toEqual([
      { start: 100, end: 500, state: 'CLOSED' },
      { start: 500, end: 1000, state: 'OPEN' },
    ])
  })

  it('marks time before the first known state as unknown', () => {
    expect(stripSegments({ times: [400], states: ['OPEN'] }, 0, 1000)).toEqual([
      { start: 0, end: 400, state: null },
      { start: 400, end: 1000, state: 'OPEN' },
    ])
  })

  it('ignores changes after the window and merges repeats', () => {
    const s = stripSegments({ times: [0, 200, 300, 2000], states: ['OPEN', 'OPEN', 'CLOSED', 'OPEN'] }, 0, 1000)
    expect(s).toEqual([
      { start: 0, end: 300, state: 'OPEN' },
      { start: 300, end: 1000, state: 'CLOSED' },
    ])
  })

  it('is one unknown segment without data', () => {
    expect(stripSegments({ times: [], states: [] }, 0, 10)).toEqual([{ start: 0, end: 10, state: null }])
  })
})

describe('activeSummary', () => {
  it('sums active time and counts the changes inside the window', () => {
    const segs = stripSegments({ times: [0, 100, 300, 600], states: ['OPEN', 'CLOSED', 'OPEN', 'CLOSED'] }, 0, 1000)
    expect(activeSummary(segs, ['OPEN'])).toEqual({ activeMs: 400, changes: 3 })
  })

  it('does not count the first known state after an unknown stretch as a change', () => {
    const segs = stripSegments({ times: [400], states: ['OPEN'] }, 0, 1000)
    expect(activeSummary(segs, ['OPEN'])).toEqual({ activeMs: 600, changes: 0 })
  })
})

describe('formatSpan', () => {
  it('reads as seconds, minutes, or hours and minutes', () => {
    expect(formatSpan(0)).toBe('0 s')
    expect(formatSpan(45_000)).toBe('45 s')
    expect(formatSpan(12 * 60_000)).toBe('12 min')
    expect(formatSpan(65 * 60_000)).toBe('1 h 5 min')
    expect(formatSpan(14 * 60_000 + 50_000)).toBe('14 min')
  })
})
