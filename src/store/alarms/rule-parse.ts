import type { Result } from '../../dt'
import { ALARM_METRICS, isAlarmKind, isAlarmMetric, type AlarmRule, type AlarmScope, type ThresholdRule } from './alarm-types'

/** Longest rule name and label key/value kept. */
export const MAX_NAME_LENGTH = 80
/** Longest delay: one day. */
export const MAX_DELAY_S = 24 * 60 * 60

type Obj = Record<string, unknown>
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v)
const isText = (v: unknown, max = MAX_NAME_LENGTH): v is string => typeof v === 'string' && v.length <= max

function parseScope(v: unknown): Result<AlarmScope> {
  if (!isObj(v)) return { ok: false, error: 'scope is missing' }
  if (v.kind === 'all') return { ok: true, value: { kind: 'all' } }
  if (v.kind === 'device') {
    return isText(v.deviceId) && v.deviceId ? { ok: true, value: { kind: 'device', deviceId: v.deviceId } } : { ok: false, error: 'scope has no device id' }
  }
  if (v.kind === 'label') {
    if (!isText(v.key) || !v.key) return { ok: false, error: 'scope has no label key' }
    if (v.value !== undefined && !isText(v.value)) return { ok: false, error: 'scope label value is not text' }
    return { ok: true, value: v.value === undefined ? { kind: 'label', key: v.key } : { kind: 'label', key: v.key, value: v.value } }
  }
  return { ok: false, error: `unknown scope kind ${JSON.stringify(v.kind)}` }
}

type Common = Pick<AlarmRule, 'id' | 'name' | 'scope' | 'delayS' | 'enabled'>

function parseCommon(v: Obj, id: string, name: string): Result<Common> {
  const d = v.delayS
  if (typeof d !== 'number' || !Number.isFinite(d) || d < 0 || d > MAX_DELAY_S) return { ok: false, error: 'delay is not between 0 s and 24 h' }
  if (typeof v.enabled !== 'boolean') return { ok: false, error: 'enabled is not true or false' }
  const scope = parseScope(v.scope)
  if (!scope.ok) return scope
  return { ok: true, value: { id, name, scope: scope.value, delayS: d, enabled: v.enabled } }
}

function parseThreshold(v: Obj, id: string, name: string): Result<ThresholdRule> {
  if (!isAlarmMetric(v.metric)) return { ok: false, error: `unknown metric ${JSON.stringify(v.metric)}` }
  const info = ALARM_METRICS[v.metric]
  if (v.comparator !== 'above' && v.comparator !== 'below') return { ok: false, error: 'comparator must be "above" or "below"' }
  const t = v.threshold
  if (typeof t !== 'number' || !Number.isFinite(t) || t < info.range[0] || t > info.range[1]) return { ok: false, error: 'threshold is not a number in range' }
  const h = v.hysteresis
  const common = parseCommon(v, id, name)
  if (!common.ok) return common
  if (typeof h !== 'number' || !Number.isFinite(h) || h < 0 || h > info.maxHysteresis) return { ok: false, error: 'hysteresis is out of range' }
  return { ok: true, value: { ...common.value, kind: 'threshold', metric: v.metric, comparator: v.comparator, threshold: t, hysteresis: h } }
}

/**
 * Checks a rule read from storage (or anywhere untrusted). Never throws; the error names the
 * first problem found, so a bad rule can be reported and skipped instead of breaking the app.
 * Rules stored before there were kinds have no `kind`: they are threshold rules.
 */
export function parseRule(v: unknown): Result<AlarmRule> {
  if (!isObj(v)) return { ok: false, error: 'not an object' }
  if (!isText(v.id) || !v.id) return { ok: false, error: 'missing id' }
  if (!isText(v.name)) return { ok: false, error: 'name is not text' }
  const kind = v.kind ?? 'threshold'
  if (!isAlarmKind(kind)) return { ok: false, error: `unknown kind ${JSON.stringify(v.kind)}` }
  if (kind === 'threshold') return parseThreshold(v, v.id, v.name)
  const common = parseCommon(v, v.id, v.name)
  if (!common.ok) return common
  // No silence at all would call every device offline; the form asks for a minute or more.
  if (kind === 'offline' && common.value.delayS === 0) return { ok: false, error: 'an offline rule needs a delay above 0 s' }
  return { ok: true, value: { ...common.value, kind } }
}
