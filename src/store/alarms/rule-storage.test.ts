import { describe, expect, it } from 'vitest'
import { createAlarmStore } from './alarm-store'
import type { AlarmRule } from './alarm-types'
import { ALARM_RULES_KEY, loadAlarms, saveAlarms, UNREADABLE_SUFFIX, type RuleStorage } from './rule-storage'

function memory(initial: Record<string, string> = {}): RuleStorage & { data: Record<string, string> } {
  const data = { ...initial }
  return {
    data,
    getItem: (k) => data[k] ?? null,
    setItem: (k, v) => {
      data[k] = v
    },
  }
}

const good: AlarmRule = { id: 'a', kind: 'threshold', name: 'Freezer warm', metric: 'temperature', comparator: 'above', threshold: -15, scope: { kind: 'label', key: 'zone', value: 'cold-room' }, delayS: 300, hysteresis: 1, enabled: true }

describe('rule persistence', () => {
  it('round-trips rules and the notify choice', () => {
    const storage = memory()
    expect(saveAlarms(storage, { rules: [good], notify: true })).toBe(true)
    expect(loadAlarms(storage)).toEqual({ rules: [good], notify: true, problems: [] })
  })

  it('round-trips door, water and offline rules', () => {
    const storage = memory()
    const rules: AlarmRule[] = [
      { id: 'd', kind: 'doorOpen', name: 'Cold-room door', scope: { kind: 'device', deviceId: 'dev1' }, delayS: 300, enabled: true },
      { id: 'w', kind: 'waterDetected', name: '', scope: { kind: 'all' }, delayS: 0, enabled: true },
      { id: 'o', kind: 'offline', name: 'Silent', scope: { kind: 'label', key: 'zone' }, delayS: 1800, enabled: false },
    ]
    saveAlarms(storage, { rules, notify: false })
    expect(loadAlarms(storage)).toEqual({ rules, notify: false, problems: [] })
  })

  it('loads rules stored before there were kinds as threshold rules, unchanged', () => {
    const { kind: _kind, ...old } = good
    const storage = memory({ [ALARM_RULES_KEY]: JSON.stringify({ version: 1, rules: [old], notify: true }) })
    expect(loadAlarms(storage)).toEqual({ rules: [good], notify: true, problems: [] })
  })

  it('reports a rule of a kind it does not know, and keeps the others', () => {
    const rules = [{ ...good, id: 'x', name: 'Smoke', kind: 'smoke' }, { id: 'o', kind: 'offline', name: 'Now', scope: { kind: 'all' }, delayS: 0, enabled: true }, good]
    const storage = memory({ [ALARM_RULES_KEY]: JSON.stringify({ version: 1, rules, notify: false }) })
    const r = loadAlarms(storage)
    expect(r.rules).toEqual([good])
    expect(r.problems).toEqual(['Rule 1 (“Smoke”) was skipped: unknown kind "smoke".', 'Rule 2 (“Now”) was skipped: an offline rule needs a delay above 0 s.'])
    expect(storage.data[ALARM_RULES_KEY + UNREADABLE_SUFFIX]).toBeDefined()
  })

  it('starts empty without storage or stored rules', () => {
    expect(loadAlarms(null)).toEqual({ rules: [], notify: false, problems: [] })
    expect(loadAlarms(memory())).toEqual({ rules: [], notify: false, problems: [] })
  })

  it('reports bad JSON without crashing and keeps the text aside', () => {
    const storage = memory({ [ALARM_RULES_KEY]: '{oops' })
    const r = loadAlarms(storage)
    expect(r.rules).toEqual([])
    expect(r.problems[0]).toMatch(/not valid JSON/)
    expect(storage.data[ALARM_RULES_KEY + UNREADABLE_SUFFIX]).toBe('{oops')
  })

  it('skips and names each invalid rule, keeping the valid ones', () => {
    const rules = [
      good,
      { ...good, id: 'b', name: 'No threshold', threshold: 'hot' },
      { ...good, id: 'c', name: 'Odd scope', scope: { kind: 'zone' } },
      { ...good, id: 'd', metric: 'lux' },
      { ...good, name: 'Twin' },
      { ...good, id: 'e', delayS: -1 },
      'rule',
    ]
    const storage = memory({ [ALARM_RULES_KEY]: JSON.stringify({ version: 1, rules, notify: false }) })
    const r = loadAlarms(storage)
    expect(r.rules).toEqual([good])
    expect(r.problems).toEqual([
      'Rule 2 (“No threshold”) was skipped: threshold is not a number in range.',
      'Rule 3 (“Odd scope”) was skipped: unknown scope kind "zone".',
      'Rule 4 (“Freezer warm”) was skipped: unknown metric "lux".',
      'Rule 5 (“Twin”) was skipped: its id is used twice.',
      'Rule 6 (“Freezer warm”) was skipped: delay is not between 0 s and 24 h.',
      'Rule 7 was skipped: not an object.',
    ])
    expect(storage.data[ALARM_RULES_KEY + UNREADABLE_SUFFIX]).toBeDefined()
  })

  it('reports an unknown format and storage that throws', () => {
    expect(loadAlarms(memory({ [ALARM_RULES_KEY]: '[1,2]' })).problems[0]).toMatch(/unknown format/)
    const throwing: RuleStorage = {
      getItem: () => {
        throw new Error('denied')
      },
      setItem: () => {
        throw new Error('quota')
      },
    }
    expect(loadAlarms(throwing).problems).toHaveLength(1)
    expect(saveAlarms(throwing, { rules: [good], notify: false })).toBe(false)
  })

  it('the store loads rules on creation and writes every change back', () => {
    const storage = memory({ [ALARM_RULES_KEY]: JSON.stringify({ rules: [good, { id: 'x' }] }) })
    const store = createAlarmStore({ storage, newId: () => 'new' })
    expect(store.getState().rules).toEqual([good])
    expect(store.getState().ruleProblems).toHaveLength(1)
    store.getState().addRule({ ...good, name: 'Second' })
    store.getState().setNotify(true)
    const saved = loadAlarms(storage)
    expect(saved.rules.map((r) => r.id)).toEqual(['a', 'new'])
    expect(saved.notify).toBe(true)
    store.getState().deleteRule('a')
    expect(loadAlarms(storage).rules.map((r) => r.id)).toEqual(['new'])
  })

  it('the store flags a refused save', () => {
    const storage: RuleStorage = { getItem: () => null, setItem: () => {
      throw new Error('quota')
    } }
    const store = createAlarmStore({ storage })
    store.getState().addRule({ ...good })
    expect(store.getState().saved).toBe(false)
  })
})
