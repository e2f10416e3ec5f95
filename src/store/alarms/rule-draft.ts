import { convertTemperature, type TemperatureUnit } from '../event-summary'
import { ALARM_METRICS, type AlarmKind, type AlarmMetric, type AlarmRule, type AlarmScope, type NewAlarmRule } from './alarm-types'
import { MAX_DELAY_S, MAX_NAME_LENGTH } from './rule-parse'

/**
 * The rule form's values as typed: numbers stay text so a typo can be named, not swallowed. The
 * threshold fields stay while another kind is chosen, so switching back loses nothing.
 */
export interface RuleDraft {
  name: string
  kind: AlarmKind
  metric: AlarmMetric
  comparator: 'above' | 'below'
  /** In the user's unit for temperature. */
  threshold: string
  scopeKind: AlarmScope['kind']
  deviceId: string
  labelKey: string
  /** Empty: any value of the key. */
  labelValue: string
  /** "90", "90 s", "5 min", "1 h 30 min". */
  delay: string
  /** A difference in the user's unit. */
  hysteresis: string
  enabled: boolean
}

/** One message per field in error. */
export type RuleDraftErrors = Partial<Record<keyof RuleDraft, string>>

const round = (n: number, digits = 2) => Number(n.toFixed(digits))

/** Seconds as the form shows them: "0", "45 s", "5 min", "1 h 30 min". */
export function formatDelay(seconds: number): string {
  if (seconds <= 0) return '0 s'
  const h = Math.floor(seconds / 3600)
  const m = Math.floor((seconds % 3600) / 60)
  const s = Math.round(seconds % 60)
  return [h && `${h} h`, m && `${m} min`, s && `${s} s`].filter(Boolean).join(' ')
}

/** "90", "90 s", "5 min", "1h30m", "1 h 30 min" → seconds; undefined when unreadable. */
export function parseDelay(text: string): number | undefined {
  const t = text.trim().toLowerCase().replace(',', '.')
  if (!t) return 0
  const re = /(\d+(?:\.\d+)?)\s*(hours?|h|minutes?|mins?|m|seconds?|secs?|s)?\s*/y
  let total = 0
  let pos = 0
  while (pos < t.length) {
    re.lastIndex = pos
    const m = re.exec(t)
    if (!m) return undefined
    const unit = (m[2] ?? 's')[0]
    total += Number(m[1]) * (unit === 'h' ? 3600 : unit === 'm' ? 60 : 1)
    pos = re.lastIndex
  }
  return Math.round(total)
}

/** A number typed with a dot or a comma ("4,5"), a minus or a real minus sign; else undefined. */
export function parseNumber(text: string): number | undefined {
  const t = text.trim().replace(',', '.').replace('−', '-')
  if (!/^-?(\d+\.?\d*|\.\d+)$/.test(t)) return undefined
  return Number(t)
}

function toUser(metric: AlarmMetric, value: number, unit: TemperatureUnit, delta: boolean): number {
  if (metric !== 'temperature' || unit === 'C') return value
  return delta ? (value * 9) / 5 : convertTemperature(value, 'F')
}

function fromUser(metric: AlarmMetric, value: number, unit: TemperatureUnit, delta: boolean): number {
  if (metric !== 'temperature' || unit === 'C') return value
  return delta ? (value * 5) / 9 : ((value - 32) * 5) / 9
}

/**
 * Delay each kind starts with: a door may stand open a while (loading), water is news at once,
 * and DT sensors send a heartbeat about every 15 minutes, so 30 minutes of silence is a real gap.
 */
export const DEFAULT_DELAYS: Readonly<Record<AlarmKind, string>> = { threshold: '5 min', doorOpen: '5 min', waterDetected: '0 s', offline: '30 min' }

/** Shortest offline delay the form takes: below it the 10 s sweep, not the delay, decides. */
export const MIN_OFFLINE_DELAY_S = 60

const BLANK: RuleDraft = { name: '', kind: 'threshold', metric: 'temperature', comparator: 'above', threshold: '', scopeKind: 'all', deviceId: '', labelKey: '', labelValue: '', delay: DEFAULT_DELAYS.threshold, hysteresis: '0.5', enabled: true }

/** A blank draft, or a rule's values in the user's unit for editing. */
export function draftFromRule(rule: AlarmRule | undefined, unit: TemperatureUnit): RuleDraft {
  if (!rule) return BLANK
  const s = rule.scope
  const common = {
    ...BLANK,
    name: rule.name,
    kind: rule.kind,
    scopeKind: s.kind,
    deviceId: s.kind === 'device' ? s.deviceId : '',
    labelKey: s.kind === 'label' ? s.key : '',
    labelValue: s.kind === 'label' ? (s.value ?? '') : '',
    delay: formatDelay(rule.delayS),
    enabled: rule.enabled,
  }
  if (rule.kind !== 'threshold') return common
  return {
    ...common,
    metric: rule.metric,
    comparator: rule.comparator,
    threshold: String(round(toUser(rule.metric, rule.threshold, unit, false))),
    hysteresis: String(round(toUser(rule.metric, rule.hysteresis, unit, true))),
  }
}

/** Switches the draft's kind; a delay still at the old kind's default takes the new kind's. */
export function withKind(d: RuleDraft, kind: AlarmKind): RuleDraft {
  const untouched = parseDelay(d.delay) === parseDelay(DEFAULT_DELAYS[d.kind])
  return { ...d, kind, delay: untouched ? DEFAULT_DELAYS[kind] : d.delay }
}

function delayError(kind: AlarmKind, delayS: number | undefined): string | undefined {
  if (delayS === undefined) return 'Write the delay as seconds (90), or with units: 5 min, 1 h 30 min.'
  if (delayS > MAX_DELAY_S) return 'The longest delay is 24 h.'
  if (kind === 'offline' && delayS < MIN_OFFLINE_DELAY_S) return 'Enter at least 1 min. Sensors send a heartbeat about every 15 min, so 30 min avoids false alarms.'
  return undefined
}

function scopeFromDraft(d: RuleDraft, errors: RuleDraftErrors, deviceExists: (id: string) => boolean): AlarmScope {
  if (d.scopeKind === 'device') {
    if (!d.deviceId) errors.deviceId = 'Pick a device.'
    else if (!deviceExists(d.deviceId)) errors.deviceId = 'That device is not in this project.'
    return { kind: 'device', deviceId: d.deviceId }
  }
  if (d.scopeKind === 'label') {
    const key = d.labelKey.trim()
    const value = d.labelValue.trim()
    if (!key) errors.labelKey = 'Enter a label key, e.g. zone.'
    return value ? { kind: 'label', key, value } : { kind: 'label', key }
  }
  return { kind: 'all' }
}

/**
 * Validates a draft: the rule (thresholds in storage units) or one message per bad field. Door,
 * water and offline rules have no threshold fields to check.
 */
export function ruleFromDraft(d: RuleDraft, unit: TemperatureUnit, deviceExists: (id: string) => boolean): { rule?: NewAlarmRule; errors: RuleDraftErrors } {
  const errors: RuleDraftErrors = {}
  const name = d.name.trim()
  if (name.length > MAX_NAME_LENGTH) errors.name = `Keep the name under ${MAX_NAME_LENGTH} characters.`
  const delayS = parseDelay(d.delay)
  const delayProblem = delayError(d.kind, delayS)
  if (delayProblem) errors.delay = delayProblem
  const scope = scopeFromDraft(d, errors, deviceExists)
  if (d.kind !== 'threshold') {
    if (Object.keys(errors).length || delayS === undefined) return { errors }
    return { rule: { kind: d.kind, name, scope, delayS, enabled: d.enabled }, errors }
  }
  const info = ALARM_METRICS[d.metric]
  const unitText = d.metric === 'temperature' ? `°${unit}` : info.unit === 'percent' ? '%' : 'ppm'
  const typed = parseNumber(d.threshold)
  const threshold = typed === undefined ? undefined : fromUser(d.metric, typed, unit, false)
  if (typed === undefined) errors.threshold = d.threshold.trim() ? `“${d.threshold.trim()}” is not a number.` : 'Enter a threshold.'
  else if (threshold === undefined || threshold < info.range[0] || threshold > info.range[1]) {
    const [lo, hi] = info.range.map((v) => round(toUser(d.metric, v, unit, false), 0))
    errors.threshold = `Enter a value between ${lo} and ${hi} ${unitText}.`
  }
  const typedH = parseNumber(d.hysteresis.trim() || '0')
  const hysteresis = typedH === undefined ? undefined : fromUser(d.metric, typedH, unit, true)
  if (hysteresis === undefined || hysteresis < 0) errors.hysteresis = 'Enter 0 or a positive number.'
  else if (hysteresis > info.maxHysteresis) errors.hysteresis = `At most ${round(toUser(d.metric, info.maxHysteresis, unit, true), 0)} ${unitText}.`
  if (Object.keys(errors).length || threshold === undefined || delayS === undefined || hysteresis === undefined) return { errors }
  return { rule: { kind: 'threshold', name, metric: d.metric, comparator: d.comparator, threshold, scope, delayS, hysteresis, enabled: d.enabled }, errors }
}
