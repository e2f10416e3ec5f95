import { alarmKey, type AlarmRule, type AlarmStatus, type AlarmTransitionKind, type ThresholdRule } from './alarm-types'

/**
 * The state machine of one (rule, device) pair, as pure functions over sample times.
 *
 * - A sample holds until the next one: a sensor that reported 9 °C and nothing since is taken
 *   to be at 9 °C. So a pending alarm fires at `startedAt + delay` when no sample in between came
 *   back, whether that is noticed by a later sample or by the 1 s tick.
 * - Pending needs every sample past the threshold; one sample back inside resolves it. That is
 *   what keeps a single spike (a door opened) from firing.
 * - Firing clears only at or beyond threshold ∓ hysteresis, so a value hovering at the threshold
 *   does not flap.
 * - Transitions are stamped with sample times, never "now": a batch of late (backfilled) samples
 *   replays what happened when it happened, and an excursion that is already over shows as
 *   fired-then-cleared in the past, not as a new alarm.
 */

/** A transition before the engine adds ids and the time it noticed it. */
export interface StepTransition {
  readonly kind: AlarmTransitionKind
  readonly time: number
  readonly value: number
  /** When the alarm it belongs to started. */
  readonly startedAt: number
}

/** A pair's status (undefined = ok) and what changed. */
export interface StepResult {
  readonly status: AlarmStatus | undefined
  readonly transitions: readonly StepTransition[]
}

/** The series the engine reads: a RingBuffer satisfies it. */
export interface SampleSource {
  readonly size: number
  timeAt(i: number): number
  valueAt(i: number): number
  upperBound(time: number): number
}

/** What the machine compares samples with. */
export type SampleCondition = Pick<ThresholdRule, 'comparator' | 'threshold' | 'hysteresis'>

// Door and water timelines are read as 1 (open, wet) and 0 (closed, dry): "above 0.5 without
// hysteresis" is "open now", and it clears the moment the door closes.
const STATE_CONDITION: SampleCondition = { comparator: 'above', threshold: 0.5, hysteresis: 0 }

/** How a rule compares samples: its threshold, or "is 1" for door and water rules. */
export function conditionOf(rule: AlarmRule): SampleCondition {
  return rule.kind === 'threshold' ? rule : STATE_CONDITION
}

/** True when `value` is past the rule's threshold. */
export function isBreach(rule: AlarmRule, value: number): boolean {
  const c = conditionOf(rule)
  return c.comparator === 'above' ? value > c.threshold : value < c.threshold
}

/** True when `value` is back at or beyond the hysteresis band, so a firing alarm clears. */
export function isClear(rule: AlarmRule, value: number): boolean {
  const c = conditionOf(rule)
  return c.comparator === 'above' ? value <= c.threshold - c.hysteresis : value >= c.threshold + c.hysteresis
}

function moreExtreme(rule: AlarmRule, a: number, b: number): number {
  return conditionOf(rule).comparator === 'above' ? Math.max(a, b) : Math.min(a, b)
}

/** Fires a pending alarm whose delay has run out by `time` (the held sample covered it). */
export function promote(status: AlarmStatus | undefined, rule: AlarmRule, time: number): StepResult {
  if (status?.phase !== 'pending') return { status, transitions: [] }
  const due = status.startedAt + rule.delayS * 1000
  if (time < due) return { status, transitions: [] }
  return { status: { ...status, phase: 'firing', firedAt: due }, transitions: [{ kind: 'fired', time: due, value: status.peak, startedAt: status.startedAt }] }
}

/** Applies one sample (time order) to a pair. */
export function applySample(status: AlarmStatus | undefined, rule: AlarmRule, deviceId: string, time: number, value: number): StepResult {
  const held = promote(status, rule, time)
  const s = held.status
  const out = [...held.transitions]
  const breach = isBreach(rule, value)
  if (!s || s.phase === 'cleared') {
    if (!breach) return { status: s, transitions: out }
    const pending: AlarmStatus = { key: alarmKey(rule.id, deviceId), ruleId: rule.id, deviceId, phase: 'pending', startedAt: time, acknowledged: false, value, peak: value }
    out.push({ kind: 'pending', time, value, startedAt: time })
    const fired = promote(pending, rule, time)
    return { status: fired.status, transitions: [...out, ...fired.transitions] }
  }
  if (s.phase === 'pending' && !breach) {
    out.push({ kind: 'resolved', time, value, startedAt: s.startedAt })
    return { status: undefined, transitions: out }
  }
  if (s.phase === 'firing' && isClear(rule, value)) {
    out.push({ kind: 'cleared', time, value, startedAt: s.startedAt })
    return { status: s.acknowledged ? undefined : { ...s, phase: 'cleared', clearedAt: time }, transitions: out }
  }
  const peak = breach ? moreExtreme(rule, s.peak, value) : s.peak
  return { status: peak === s.peak ? s : { ...s, peak }, transitions: out }
}

/** Applies the samples at indices [from, to) in order. */
export function applyRange(status: AlarmStatus | undefined, rule: AlarmRule, deviceId: string, source: SampleSource, from: number, to: number): StepResult {
  let s = status
  const transitions: StepTransition[] = []
  for (let i = from; i < to; i++) {
    const r = applySample(s, rule, deviceId, source.timeAt(i), source.valueAt(i))
    s = r.status
    if (r.transitions.length) transitions.push(...r.transitions)
  }
  return { status: s, transitions }
}

/**
 * The status of a pair seen for the first time (app start, new rule, device came into scope),
 * from the samples already held. Only the trailing run of samples that would not clear counts:
 * excursions that ended before dt-live looked are history, not alarms to acknowledge again after
 * every reload. The run is replayed so pending, delay and hysteresis behave as if watched live;
 * only the outcome is reported (a 'pending' or 'fired' transition at its sample time).
 */
export function seed(rule: AlarmRule, deviceId: string, source: SampleSource): StepResult {
  let start = source.size
  while (start > 0 && !isClear(rule, source.valueAt(start - 1))) start--
  const replay = applyRange(undefined, rule, deviceId, source, start, source.size)
  const s = replay.status
  if (!s) return { status: undefined, transitions: [] }
  const kind = s.phase === 'firing' ? 'fired' : 'pending'
  return { status: s, transitions: [{ kind, time: kind === 'fired' ? (s.firedAt ?? s.startedAt) : s.startedAt, value: s.value, startedAt: s.startedAt }] }
}

/** Acknowledges a pair: a firing alarm stays (muted), a cleared one goes. */
export function acknowledge(status: AlarmStatus | undefined): AlarmStatus | undefined {
  if (!status || status.acknowledged) return status
  if (status.phase === 'cleared') return undefined
  if (status.phase === 'firing') return { ...status, acknowledged: true }
  return status
}
