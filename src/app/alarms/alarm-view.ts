import type { DeviceRecordView, TemperatureUnit } from '../../store'
import {
  capitalize,
  describeCondition,
  describeScope,
  formatDelay,
  formatMetricDelta,
  formatMetricValue,
  ruleWatches,
  type AlarmKind,
  type AlarmRule,
  type AlarmStatus,
  type AlarmTransition,
  type AlarmTransitionKind,
} from '../../store/alarms'
import { formatSpan } from '../../ui/alarms/alarm-timing'
import type { AlarmItemView, RuleView, TransitionView } from '../../ui/alarms/alarm-views'

const ORDER = (a: AlarmStatus) => (a.phase === 'firing' && !a.acknowledged ? 0 : a.phase === 'pending' ? 1 : a.phase === 'firing' ? 2 : 3)

// How long a door stands open or a device is silent is the news, so the list counts it ("door
// open 6 min", "no data for 42 min"); water is news at once, its time is in the timing line.
const ONGOING: Partial<Record<AlarmKind, string>> = { doorOpen: 'door open', offline: 'no data for' }

/** One alarm as the list and the detail banner show it. */
export function alarmItem(a: AlarmStatus, rule: AlarmRule, deviceName: string, unit: TemperatureUnit): AlarmItemView {
  return {
    key: a.key,
    kind: rule.kind,
    deviceId: a.deviceId,
    deviceName,
    ruleName: rule.name,
    condition: describeCondition(rule, unit),
    ongoing: ONGOING[rule.kind],
    phase: a.phase,
    acknowledged: a.acknowledged,
    startedAt: a.startedAt,
    firedAt: a.firedAt,
    clearedAt: a.clearedAt,
    delayS: rule.delayS,
    peak: rule.kind === 'threshold' ? formatMetricValue(rule.metric, a.peak, unit) : undefined,
  }
}

/** Alarms as the list shows them: firing first, then pending, acknowledged, cleared; newest first within each. */
export function alarmItems(alarms: Readonly<Record<string, AlarmStatus>>, rules: readonly AlarmRule[], nameOf: (id: string) => string, unit: TemperatureUnit): AlarmItemView[] {
  const byId = new Map(rules.map((r) => [r.id, r]))
  const items: AlarmItemView[] = []
  const sorted = Object.values(alarms).sort((a, b) => ORDER(a) - ORDER(b) || b.startedAt - a.startedAt)
  for (const a of sorted) {
    const rule = byId.get(a.ruleId)
    if (rule) items.push(alarmItem(a, rule, nameOf(a.deviceId), unit))
  }
  return items
}

function ruleTiming(r: AlarmRule, unit: TemperatureUnit): string {
  if (r.kind !== 'threshold') return r.delayS ? `for longer than ${formatDelay(r.delayS)}` : 'at once'
  return [r.delayS ? `after ${formatDelay(r.delayS)}` : 'at once', r.hysteresis ? `hysteresis ${formatMetricDelta(r.metric, r.hysteresis, unit)}` : ''].filter(Boolean).join(', ')
}

/** Rules as the rule list shows them, with how many devices each watches now. */
export function ruleViews(rules: readonly AlarmRule[], devices: readonly DeviceRecordView[], nameOf: (id: string) => string, unit: TemperatureUnit): RuleView[] {
  return rules.map((r) => ({
    id: r.id,
    name: r.name,
    condition: describeCondition(r, unit),
    metric: r.kind === 'threshold' ? r.metric : r.kind,
    scope: describeScope(r.scope, nameOf, r.kind),
    timing: ruleTiming(r, unit),
    enabled: r.enabled,
    watching: devices.reduce((n, d) => n + (ruleWatches({ ...r, enabled: true }, d) ? 1 : 0), 0),
  }))
}

const ACK = { fired: 'Alarm', acknowledged: 'Acknowledged' } as const

const VERB: Readonly<Record<AlarmKind, Readonly<Record<AlarmTransitionKind, string>>>> = {
  threshold: { ...ACK, pending: 'Past the threshold', resolved: 'Back before the delay ran out', cleared: 'Cleared' },
  doorOpen: { ...ACK, pending: 'Door opened', resolved: 'Closed before the delay ran out', cleared: 'Door closed' },
  waterDetected: { ...ACK, pending: 'Water detected', resolved: 'Dry before the delay ran out', cleared: 'Dry again' },
  offline: { ...ACK, pending: 'Silent', resolved: 'Heard from', cleared: 'Heard from again' },
}

/** What a transition of a door, water or offline alarm adds: how long it had lasted. */
function stateDetail(kind: Exclude<AlarmKind, 'threshold'>, t: AlarmTransition): string | undefined {
  const span = formatSpan(t.time - t.startedAt)
  const ended = t.kind === 'resolved' || t.kind === 'cleared'
  if (kind === 'doorOpen') return t.kind === 'fired' ? `door open ${span}` : ended ? `open ${span}` : undefined
  if (kind === 'waterDetected') return t.kind === 'fired' ? 'water detected' : ended ? `wet ${span}` : undefined
  return t.kind === 'fired' ? `no data for ${span}` : ended ? `silent ${span}` : undefined
}

/** "Alarm · Too warm · 9.5 °C", "Alarm · Cold room · door open 5 min", "Door closed · open 6 min". */
export function transitionText(t: AlarmTransition, rule: AlarmRule | undefined, unit: TemperatureUnit): string {
  if (!rule) return `${VERB.threshold[t.kind]}${t.kind === 'acknowledged' ? '' : ` · ${t.value}`}`
  const verb = VERB[rule.kind][t.kind]
  if (rule.kind === 'threshold') return [verb, rule.name || describeCondition(rule, unit), t.kind === 'acknowledged' ? '' : formatMetricValue(rule.metric, t.value, unit)].filter(Boolean).join(' · ')
  // The other verbs say what happened ("Door opened"); "Acknowledged" alone does not.
  const about = rule.name || (t.kind === 'acknowledged' ? describeCondition(rule, unit) : '')
  return [verb, about, stateDetail(rule.kind, t)].filter(Boolean).join(' · ')
}

/** The transition history, newest sample time first (late samples take their place in time). */
export function transitionViews(list: readonly AlarmTransition[], rules: readonly AlarmRule[], nameOf: (id: string) => string, unit: TemperatureUnit, limit = 100): TransitionView[] {
  const byId = new Map(rules.map((r) => [r.id, r]))
  const sorted = [...list].sort((a, b) => b.time - a.time || b.id - a.id)
  return sorted.slice(0, limit).map((t) => ({ id: t.id, kind: t.kind, time: t.time, deviceName: nameOf(t.deviceId), text: transitionText(t, byId.get(t.ruleId), unit) }))
}

const clockTime = (t: number) => new Date(t).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' })

/** What the live region and a notification say about a new alarm: "Alarm: Basement", "Water detected since 12:04:31.". */
export function announce(t: AlarmTransition, rule: AlarmRule | undefined, deviceName: string, unit: TemperatureUnit, now: number): { title: string; body: string } {
  const { title, body } = announceText(t, rule, deviceName, unit, now)
  return { title, body: capitalize(body) }
}

function announceText(t: AlarmTransition, rule: AlarmRule | undefined, deviceName: string, unit: TemperatureUnit, now: number): { title: string; body: string } {
  const title = `Alarm: ${deviceName}`
  const prefix = rule?.name ? `${rule.name}: ` : ''
  if (!rule || rule.kind === 'threshold') {
    const condition = rule ? describeCondition(rule, unit) : 'past its threshold'
    // Samples can arrive minutes late (batched heartbeats, backfill): say when it happened, not "now".
    const late = now - t.time > 60_000 ? ` (reported late)` : ''
    return { title, body: `${prefix}${condition} since ${clockTime(t.time)}${late}; value ${rule ? formatMetricValue(rule.metric, t.value, unit) : t.value}.` }
  }
  // The start is a real time (opened, got wet, last heard), so a late notice still reads true.
  const since = clockTime(t.startedAt)
  if (rule.kind === 'doorOpen') return { title, body: `${prefix}door open ${formatSpan(now - t.startedAt)}, since ${since}.` }
  if (rule.kind === 'waterDetected') return { title, body: `${prefix}water detected since ${since}.` }
  return { title, body: `${prefix}no data for ${formatSpan(now - t.startedAt)} (last heard ${since}).` }
}
