import { describe, expect, it } from 'vitest'
import { StateTimeline } from '../state-timeline'
import { applyRange, isClear, seed } from './alarm-step'
import type { StateRule } from './alarm-types'
import { timelineSource } from './timeline-source'

const T = 1_700_000_000_000
const s = (n: number) => T + n * 1000

function rule(patch: Partial<StateRule> = {}): StateRule {
  return { id: 'door', kind: 'doorOpen', name: 'Cold-room door', scope: { kind: 'all' }, delayS: 300, enabled: true, ...patch }
}

function door(changes: ReadonlyArray<readonly [number, string]>) {
  const t = new StateTimeline()
  for (const [sec, state] of changes) t.push(s(sec), state)
  return timelineSource(t, 'OPEN')
}

/** Replays every change of the timeline through the state machine. */
function replay(r: StateRule, changes: ReadonlyArray<readonly [number, string]>) {
  const source = door(changes)
  const out = applyRange(undefined, r, 'd1', source, 0, source.size)
  return { status: out.status, kinds: out.transitions.map((t) => t.kind), transitions: out.transitions }
}

describe('a state timeline read as samples', () => {
  it('reads 1 for the active state and 0 for any other', () => {
    const source = door([[0, 'CLOSED'], [10, 'OPEN'], [20, 'CLOSED']])
    expect([source.size, source.valueAt(0), source.valueAt(1), source.valueAt(2)]).toEqual([3, 0, 1, 0])
    expect([source.timeAt(1), source.upperBound(s(10))]).toEqual([s(10), 2])
  })
})

describe('door open too long', () => {
  it('fires once the door stayed open for the delay, stamped at opening + delay', () => {
    const r = replay(rule(), [[0, 'CLOSED'], [10, 'OPEN'], [400, 'CLOSED']])
    expect(r.transitions.map((t) => [t.kind, t.time, t.startedAt])).toEqual([
      ['pending', s(10), s(10)],
      ['fired', s(310), s(10)],
      ['cleared', s(400), s(10)],
    ])
    expect(r.status).toMatchObject({ phase: 'cleared', startedAt: s(10), firedAt: s(310), clearedAt: s(400) })
  })

  it('never fires for a door opened and closed within the delay', () => {
    const r = replay(rule(), [[0, 'OPEN'], [60, 'CLOSED'], [100, 'OPEN'], [390, 'CLOSED']])
    expect(r.kinds).toEqual(['pending', 'resolved', 'pending', 'resolved'])
    expect(r.status).toBeUndefined()
  })

  it('clears the moment it closes: there is no hysteresis to wait out', () => {
    expect(isClear(rule(), 0)).toBe(true)
    expect(isClear(rule(), 1)).toBe(false)
    const r = replay(rule({ delayS: 0 }), [[0, 'OPEN'], [5, 'CLOSED']])
    expect(r.kinds).toEqual(['pending', 'fired', 'cleared'])
  })

  it('on first sight, reports a door still open since before the page looked, from when it opened', () => {
    const r = seed(rule(), 'd1', door([[0, 'CLOSED'], [10, 'OPEN']]))
    expect(r.status).toMatchObject({ phase: 'pending', startedAt: s(10) })
    expect(seed(rule(), 'd1', door([[0, 'OPEN'], [10, 'CLOSED']])).status).toBeUndefined()
  })
})

describe('water detected', () => {
  it('fires at once with no delay and clears when dry', () => {
    const t = new StateTimeline()
    t.push(s(0), 'NOT_PRESENT')
    t.push(s(30), 'PRESENT')
    t.push(s(90), 'NOT_PRESENT')
    const source = timelineSource(t, 'PRESENT')
    const out = applyRange(undefined, rule({ id: 'w', kind: 'waterDetected', delayS: 0 }), 'd1', source, 0, source.size)
    expect(out.transitions.map((x) => [x.kind, x.time])).toEqual([
      ['pending', s(30)],
      ['fired', s(30)],
      ['cleared', s(90)],
    ])
  })
})
