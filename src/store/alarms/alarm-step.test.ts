import { describe, expect, it } from 'vitest'
import { RingBuffer } from '../ring-buffer'
import { acknowledge, applySample, isBreach, isClear, promote, seed, type StepTransition } from './alarm-step'
import type { AlarmRule, AlarmStatus, ThresholdRule } from './alarm-types'

const T = 1_700_000_000_000
const s = (n: number) => T + n * 1000

function rule(patch: Partial<ThresholdRule> = {}): ThresholdRule {
  return { id: 'r1', kind: 'threshold', name: 'Fridge warm', metric: 'temperature', comparator: 'above', threshold: 8, scope: { kind: 'all' }, delayS: 0, hysteresis: 0, enabled: true, ...patch }
}

/** Feeds [seconds, value] samples in order; returns the final status and every transition. */
function feed(r: AlarmRule, samples: ReadonlyArray<readonly [number, number]>, start?: AlarmStatus) {
  let status = start
  const transitions: StepTransition[] = []
  for (const [sec, v] of samples) {
    const out = applySample(status, r, 'd1', s(sec), v)
    status = out.status
    transitions.push(...out.transitions)
  }
  return { status, transitions, kinds: transitions.map((t) => t.kind) }
}

describe('thresholds', () => {
  it('treats "above" as strictly greater and "below" as strictly less', () => {
    expect(isBreach(rule(), 8)).toBe(false)
    expect(isBreach(rule(), 8.01)).toBe(true)
    expect(isBreach(rule({ comparator: 'below', threshold: -15 }), -15.5)).toBe(true)
    expect(isBreach(rule({ comparator: 'below', threshold: -15 }), -14)).toBe(false)
  })

  it('clears at the hysteresis edge, on the safe side of the threshold', () => {
    expect(isClear(rule({ hysteresis: 1 }), 7.5)).toBe(false)
    expect(isClear(rule({ hysteresis: 1 }), 7)).toBe(true)
    expect(isClear(rule({ comparator: 'below', threshold: -15, hysteresis: 2 }), -14)).toBe(false)
    expect(isClear(rule({ comparator: 'below', threshold: -15, hysteresis: 2 }), -13)).toBe(true)
  })
})

describe('applySample', () => {
  it('fires at once at the sample time when there is no delay (above)', () => {
    const r = feed(rule(), [[0, 5], [10, 9.5]])
    expect(r.kinds).toEqual(['pending', 'fired'])
    expect(r.status).toMatchObject({ phase: 'firing', startedAt: s(10), firedAt: s(10), value: 9.5, acknowledged: false })
  })

  it('fires for "below" rules', () => {
    const r = feed(rule({ comparator: 'below', threshold: 2 }), [[0, 3], [5, 2], [10, 1.5]])
    expect(r.kinds).toEqual(['pending', 'fired'])
    expect(r.status).toMatchObject({ phase: 'firing', startedAt: s(10) })
    expect(feed(rule({ comparator: 'below', threshold: 2 }), [[20, 2.5]], r.status).status?.phase).toBe('cleared')
  })

  it('does not fire for a single short spike when a delay is set', () => {
    const r = feed(rule({ delayS: 60 }), [[0, 4], [5, 12], [10, 4.1], [70, 4.2], [200, 4]])
    expect(r.kinds).toEqual(['pending', 'resolved'])
    expect(r.status).toBeUndefined()
  })

  it('fires once the value stayed past the threshold for the delay, stamped at startedAt + delay', () => {
    const r = feed(rule({ delayS: 60 }), [[0, 9], [30, 9.4], [59, 9.1]])
    expect(r.status?.phase).toBe('pending')
    const later = feed(rule({ delayS: 60 }), [[61, 9.2]], r.status)
    expect(later.kinds).toEqual(['fired'])
    expect(later.status).toMatchObject({ phase: 'firing', startedAt: s(0), firedAt: s(60), peak: 9.4 })
  })

  it('holds a sample until the next: a late return to normal after the delay still fired first', () => {
    const r = feed(rule({ delayS: 60 }), [[0, 9], [90, 5]])
    expect(r.transitions.map((t) => [t.kind, t.time])).toEqual([
      ['pending', s(0)],
      ['fired', s(60)],
      ['cleared', s(90)],
    ])
    expect(r.status).toMatchObject({ phase: 'cleared', clearedAt: s(90), acknowledged: false })
  })

  it('clears only past the hysteresis band', () => {
    const r = rule({ hysteresis: 1 })
    const firing = feed(r, [[0, 9]]).status
    expect(feed(r, [[10, 8]], firing).status?.phase).toBe('firing')
    expect(feed(r, [[10, 7.5]], firing).status?.phase).toBe('firing')
    expect(feed(r, [[10, 7.5], [20, 6.9]], firing).status?.phase).toBe('cleared')
  })

  it('tracks the peak while firing', () => {
    const r = feed(rule(), [[0, 9], [10, 11], [20, 10]])
    expect(r.status?.peak).toBe(11)
    expect(feed(rule({ comparator: 'below', threshold: 0 }), [[0, -1], [10, -3], [20, -2]]).status?.peak).toBe(-3)
  })

  it('goes back to pending (a new alarm) when a cleared one breaches again', () => {
    const r = feed(rule({ delayS: 30 }), [[0, 9], [40, 5], [50, 9]])
    expect(r.status).toMatchObject({ phase: 'pending', startedAt: s(50) })
  })
})

describe('promote (the clock)', () => {
  it('fires a pending alarm when the delay ran out with no sample since', () => {
    const pending = feed(rule({ delayS: 60 }), [[0, 9]]).status
    expect(promote(pending, rule({ delayS: 60 }), s(59)).status).toBe(pending)
    const fired = promote(pending, rule({ delayS: 60 }), s(65))
    expect(fired.status).toMatchObject({ phase: 'firing', firedAt: s(60) })
    expect(fired.transitions).toEqual([{ kind: 'fired', time: s(60), value: 9, startedAt: s(0) }])
  })
})

describe('acknowledge', () => {
  it('mutes a firing alarm, removes a cleared one, and lets an acknowledged alarm clear without a trace', () => {
    const firing = feed(rule(), [[0, 9]]).status
    const acked = acknowledge(firing)
    expect(acked).toMatchObject({ phase: 'firing', acknowledged: true })
    expect(feed(rule(), [[10, 5]], acked).status).toBeUndefined()
    const cleared = feed(rule(), [[10, 5]], firing).status
    expect(cleared?.phase).toBe('cleared')
    expect(acknowledge(cleared)).toBeUndefined()
    const pending = feed(rule({ delayS: 60 }), [[0, 9]]).status
    expect(acknowledge(pending)).toBe(pending)
  })
})

describe('seed', () => {
  function buffer(samples: ReadonlyArray<readonly [number, number]>): RingBuffer {
    const b = new RingBuffer()
    for (const [sec, v] of samples) b.push(s(sec), v)
    return b
  }

  it('ignores excursions that ended before dt-live looked', () => {
    expect(seed(rule(), 'd1', buffer([[0, 9], [10, 12], [20, 5], [30, 6]]))).toEqual({ status: undefined, transitions: [] })
  })

  it('reports the run still going on, from its first sample', () => {
    const r = seed(rule({ delayS: 60 }), 'd1', buffer([[0, 5], [10, 9], [20, 9.5]]))
    expect(r.status).toMatchObject({ phase: 'pending', startedAt: s(10), peak: 9.5 })
    expect(r.transitions).toEqual([{ kind: 'pending', time: s(10), value: 9, startedAt: s(10) }])
  })

  it('fires at the sample time an old run crossed its delay, not at "now"', () => {
    const r = seed(rule({ delayS: 60, hysteresis: 1 }), 'd1', buffer([[0, 5], [10, 9], [100, 9.5], [200, 7.5]]))
    expect(r.status).toMatchObject({ phase: 'firing', startedAt: s(10), firedAt: s(70) })
    expect(r.transitions).toEqual([{ kind: 'fired', time: s(70), value: 9, startedAt: s(10) }])
  })
})
