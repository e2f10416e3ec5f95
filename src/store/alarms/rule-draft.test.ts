import { describe, expect, it } from 'vitest'
import { describeCondition, describeScope, formatMetricDelta, formatMetricValue } from './alarm-text'
import { draftFromRule, formatDelay, parseDelay, parseNumber, ruleFromDraft, withKind, type RuleDraft } from './rule-draft'

const exists = (id: string) => id === 'dev1'
const draft = (patch: Partial<RuleDraft> = {}): RuleDraft => ({ ...draftFromRule(undefined, 'C'), threshold: '8', ...patch })

describe('rule form values', () => {
  it('reads delays with and without units', () => {
    expect(parseDelay('')).toBe(0)
    expect(parseDelay('90')).toBe(90)
    expect(parseDelay('90 s')).toBe(90)
    expect(parseDelay('5 min')).toBe(300)
    expect(parseDelay('1h30m')).toBe(5400)
    expect(parseDelay('1 h 30 min')).toBe(5400)
    expect(parseDelay('1,5 min')).toBe(90)
    expect(parseDelay('soon')).toBeUndefined()
    expect(formatDelay(5400)).toBe('1 h 30 min')
    expect(formatDelay(45)).toBe('45 s')
    expect(formatDelay(0)).toBe('0 s')
  })

  it('reads numbers with a comma or a real minus sign', () => {
    expect(parseNumber('4,5')).toBe(4.5)
    expect(parseNumber('−15')).toBe(-15)
    expect(parseNumber('-0.5')).toBe(-0.5)
    expect(parseNumber('1e3')).toBeUndefined()
    expect(parseNumber('')).toBeUndefined()
  })

  it('builds a rule in °C from a draft typed in °F, and shows it back in °F', () => {
    const { rule, errors } = ruleFromDraft(draft({ threshold: '41', hysteresis: '1.8', delay: '2 min', name: ' Fridge ' }), 'F', exists)
    expect(errors).toEqual({})
    expect(rule).toMatchObject({ name: 'Fridge', threshold: 5, delayS: 120, scope: { kind: 'all' } })
    if (rule?.kind !== 'threshold') throw new Error('not a threshold rule')
    expect(rule.hysteresis).toBeCloseTo(1)
    const back = draftFromRule({ ...rule, id: 'x' }, 'F')
    expect(back).toMatchObject({ threshold: '41', hysteresis: '1.8', delay: '2 min' })
  })

  it('names every bad field', () => {
    const { rule, errors } = ruleFromDraft(draft({ threshold: 'warm', delay: 'later', hysteresis: '-1', scopeKind: 'device', deviceId: 'ghost' }), 'C', exists)
    expect(rule).toBeUndefined()
    expect(errors.threshold).toBe('“warm” is not a number.')
    expect(errors.delay).toMatch(/seconds/)
    expect(errors.hysteresis).toMatch(/positive/)
    expect(errors.deviceId).toMatch(/not in this project/)
    expect(ruleFromDraft(draft({ threshold: '' }), 'C', exists).errors.threshold).toBe('Enter a threshold.')
    expect(ruleFromDraft(draft({ threshold: '2000' }), 'C', exists).errors.threshold).toBe('Enter a value between -200 and 850 °C.')
    expect(ruleFromDraft(draft({ delay: '25 h' }), 'C', exists).errors.delay).toMatch(/24 h/)
    expect(ruleFromDraft(draft({ scopeKind: 'label', labelKey: ' ' }), 'C', exists).errors.labelKey).toMatch(/label key/)
    expect(ruleFromDraft(draft({ scopeKind: 'device', deviceId: '' }), 'C', exists).errors.deviceId).toBe('Pick a device.')
  })

  it('builds device and label scopes', () => {
    expect(ruleFromDraft(draft({ scopeKind: 'device', deviceId: 'dev1' }), 'C', exists).rule?.scope).toEqual({ kind: 'device', deviceId: 'dev1' })
    expect(ruleFromDraft(draft({ scopeKind: 'label', labelKey: 'zone', labelValue: '' }), 'C', exists).rule?.scope).toEqual({ kind: 'label', key: 'zone' })
    expect(ruleFromDraft(draft({ scopeKind: 'label', labelKey: 'zone', labelValue: 'cold' }), 'C', exists).rule?.scope).toEqual({ kind: 'label', key: 'zone', value: 'cold' })
  })

  it('builds door, water and offline rules from the delay alone, ignoring a bad threshold left from before', () => {
    const door = ruleFromDraft(draft({ kind: 'doorOpen', threshold: 'warm', hysteresis: '-1', delay: '5 min', scopeKind: 'device', deviceId: 'dev1' }), 'C', exists)
    expect(door).toEqual({ rule: { kind: 'doorOpen', name: '', scope: { kind: 'device', deviceId: 'dev1' }, delayS: 300, enabled: true }, errors: {} })
    expect(ruleFromDraft(draft({ kind: 'waterDetected', delay: '0 s' }), 'C', exists).rule).toMatchObject({ kind: 'waterDetected', delayS: 0 })
    expect(ruleFromDraft(draft({ kind: 'offline', delay: '30 min' }), 'C', exists).rule).toMatchObject({ kind: 'offline', delayS: 1800 })
    const back = draftFromRule({ id: 'x', kind: 'offline', name: 'Silent', scope: { kind: 'all' }, delayS: 1800, enabled: true }, 'C')
    expect(back).toMatchObject({ kind: 'offline', name: 'Silent', delay: '30 min', metric: 'temperature', hysteresis: '0.5' })
  })

  it('names a bad delay per kind: an offline rule needs at least a minute', () => {
    expect(ruleFromDraft(draft({ kind: 'offline', delay: '30 s' }), 'C', exists).errors.delay).toMatch(/^Enter at least 1 min\. .*heartbeat/)
    expect(ruleFromDraft(draft({ kind: 'offline', delay: '' }), 'C', exists).errors.delay).toMatch(/at least 1 min/)
    expect(ruleFromDraft(draft({ kind: 'doorOpen', delay: 'a while' }), 'C', exists).errors.delay).toMatch(/seconds/)
    expect(ruleFromDraft(draft({ kind: 'waterDetected', delay: '2 d' }), 'C', exists).errors.delay).toMatch(/seconds/)
    expect(ruleFromDraft(draft({ kind: 'doorOpen', delay: '25 h', scopeKind: 'device', deviceId: '' }), 'C', exists).errors).toEqual({ delay: 'The longest delay is 24 h.', deviceId: 'Pick a device.' })
  })

  it('switching kind takes the new kind’s default delay unless the user typed one', () => {
    const blank = draftFromRule(undefined, 'C')
    expect(withKind(blank, 'waterDetected').delay).toBe('0 s')
    expect(withKind(withKind(blank, 'waterDetected'), 'offline').delay).toBe('30 min')
    expect(withKind({ ...blank, delay: '12 min' }, 'offline').delay).toBe('12 min')
    expect(withKind({ ...blank, kind: 'offline', delay: '30min' }, 'doorOpen').delay).toBe('5 min')
  })

  it('describes rules and scopes in the user’s unit', () => {
    expect(describeCondition({ kind: 'threshold', metric: 'temperature', comparator: 'above', threshold: -15 }, 'C')).toBe('above −15 °C')
    expect(describeCondition({ kind: 'threshold', metric: 'temperature', comparator: 'below', threshold: 5 }, 'F')).toBe('below 41 °F')
    expect(formatMetricValue('co2', 1200.4, 'C')).toBe('1,200 ppm')
    expect(formatMetricDelta('temperature', 1, 'F')).toBe('1.8 °F')
    expect(describeScope({ kind: 'label', key: 'zone', value: 'kitchen' }, (id) => id)).toBe('zone = kitchen')
    expect(describeScope({ kind: 'device', deviceId: 'd' }, () => 'Freezer 3')).toBe('Freezer 3')
    expect(describeScope({ kind: 'all' }, (id) => id, 'doorOpen')).toBe('All contact sensors')
    expect(['doorOpen', 'waterDetected', 'offline'].map((kind) => describeCondition({ kind } as never, 'C'))).toEqual(['door open', 'water detected', 'no data'])
  })
})
