import { describe, expect, it } from 'vitest'
import { StateTimeline } from './state-timeline'

describe('StateTimeline', () => {
  it('records changes and skips a repeated state', () => {
    const t = new StateTimeline()
    expect(t.push(10, 'OPEN')).toBe(true)
    expect(t.push(20, 'OPEN')).toBe(false)
    expect(t.push(30, 'CLOSED')).toBe(true)
    expect(t.snapshot()).toEqual({ times: [10, 30], states: ['OPEN', 'CLOSED'] })
    expect(t.latest()).toBe('CLOSED')
  })

  it('reads changes by index, as alarm rules read a series', () => {
    const t = new StateTimeline()
    t.push(10, 'OPEN')
    t.push(30, 'CLOSED')
    expect([t.timeAt(0), t.stateOf(0), t.timeAt(1), t.stateOf(1)]).toEqual([10, 'OPEN', 30, 'CLOSED'])
    expect([t.upperBound(5), t.upperBound(10), t.upperBound(40)]).toEqual([0, 1, 2])
  })

  it('inserts late changes in time order and drops duplicates', () => {
    const t = new StateTimeline()
    t.push(100, 'OPEN')
    t.push(70, 'CLOSED')
    t.push(50, 'OPEN')
    t.push(90, 'OPEN')
    expect(t.push(70, 'CLOSED')).toBe(false)
    expect(t.snapshot()).toEqual({ times: [50, 70, 90, 100], states: ['OPEN', 'CLOSED', 'OPEN', 'OPEN'] })
  })

  it('answers the state in force at a time and starts a windowed snapshot with it', () => {
    const t = new StateTimeline()
    t.push(10, 'PRESENT')
    t.push(20, 'NOT_PRESENT')
    t.push(40, 'PRESENT')
    expect(t.stateAt(5)).toBeUndefined()
    expect(t.stateAt(25)).toBe('NOT_PRESENT')
    expect(t.snapshot(30)).toEqual({ times: [20, 40], states: ['NOT_PRESENT', 'PRESENT'] })
  })

  it('is bounded', () => {
    const t = new StateTimeline({ capacity: 3 })
    for (let i = 0; i < 10; i++) t.push(i, i % 2 ? 'OPEN' : 'CLOSED')
    expect(t.size).toBe(3)
    expect(t.snapshot().times).toEqual([7, 8, 9])
    expect(t.setLimits({ capacity: 2 })).toBe(true)
    expect(t.snapshot().times).toEqual([8, 9])
  })
})
