import { describe, expect, it } from 'vitest'
import { acknowledge } from './alarm-step'
import type { StateRule } from './alarm-types'
import { offlineStep } from './offline-step'

const T = 1_700_000_000_000
const min = (n: number) => T + n * 60_000

const rule: StateRule = { id: 'off', kind: 'offline', name: 'Silent', scope: { kind: 'all' }, delayS: 30 * 60, enabled: true }
const TRUSTED = -Infinity

describe('offlineStep', () => {
  it('fires once a device has been silent for longer than the delay, stamped at last seen + delay', () => {
    expect(offlineStep(undefined, rule, 'd', min(0), TRUSTED, min(30)).status).toBeUndefined()
    const r = offlineStep(undefined, rule, 'd', min(0), TRUSTED, min(42))
    expect(r.status).toMatchObject({ key: 'off|d', phase: 'firing', startedAt: min(0), firedAt: min(30), value: 42 * 60 })
    expect(r.transitions).toEqual([{ kind: 'fired', time: min(30), value: 42 * 60, startedAt: min(0) }])
  })

  it('trusts a last-seen time from before the page opened: a sensor dead for hours is offline on load', () => {
    expect(offlineStep(undefined, rule, 'd', min(-180), TRUSTED, min(0)).status?.phase).toBe('firing')
    expect(offlineStep(undefined, rule, 'd', min(-1), TRUSTED, min(0)).status).toBeUndefined()
  })

  it('leaves alone a device never heard at all: there is no real time to count from', () => {
    expect(offlineStep(undefined, rule, 'd', null, TRUSTED, min(600))).toEqual({ status: undefined, transitions: [] })
  })

  it('never fires while not listening, and after an outage counts silence only from when the stream came back', () => {
    expect(offlineStep(undefined, rule, 'd', min(0), null, min(120)).status).toBeUndefined()
    expect(offlineStep(undefined, rule, 'd', min(0), min(100), min(120)).status).toBeUndefined()
    expect(offlineStep(undefined, rule, 'd', min(0), min(100), min(131)).status).toMatchObject({ startedAt: min(0), firedAt: min(130) })
  })

  it('stays firing while silent and clears at the time the device was heard again, even while not listening', () => {
    const firing = offlineStep(undefined, rule, 'd', min(0), TRUSTED, min(40)).status
    expect(offlineStep(firing, rule, 'd', min(0), TRUSTED, min(50)).status).toBe(firing)
    const heard = offlineStep(firing, rule, 'd', min(45), null, min(46))
    expect(heard.status).toMatchObject({ phase: 'cleared', clearedAt: min(45) })
    expect(heard.transitions).toEqual([{ kind: 'cleared', time: min(45), value: 45 * 60, startedAt: min(0) }])
    // Acknowledged, it goes without a trace; a cleared one can fall silent again as a new alarm.
    expect(offlineStep(acknowledge(firing), rule, 'd', min(45), TRUSTED, min(46)).status).toBeUndefined()
    expect(offlineStep(heard.status, rule, 'd', min(45), TRUSTED, min(80)).status).toMatchObject({ phase: 'firing', startedAt: min(45) })
  })
})
