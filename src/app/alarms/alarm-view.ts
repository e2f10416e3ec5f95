import type { DeviceRecordView, TemperatureUnit } from '../../store'
import { describeCondition, describeScope, formatDelay, formatMetricDelta, formatMetricValue, ruleWatches, type AlarmRule, type AlarmStatus, type AlarmTransition } from '../../store/alarms'
import type { AlarmItemView, RuleView, TransitionView } from '../../ui/alarms/alarm-views'

const ORDER = (a: AlarmStatus) => (a.phase === 'firing' && !a.acknowledged ? 0 : a.phase === 'pending' ? 1 : a.phase === 'firing' ? 2 : 3)

/** Alarms as the list shows them: firing first, then pending, acknowledged, cleared; newest first within each. */
export function alarmItems(alarms: Readonly<Record<string, AlarmStatus>>, rules: readonly AlarmRule[], nameOf: (id: string) => string, unit: TemperatureUnit): AlarmItemView[] {
  const byId = new Map(rules.map((r) => [r.id, r]))
  const items: AlarmItemView[] = []
  const sorted = Object.values(alarms).sort((a, b) => ORDER(a) - ORDER(b) || b.startedAt - a.startedAt)
  for (const a of sorted) {
    const rule = byId.get(a.ruleId)
    if (!rule) continue
    items.push({
      key: a.key,
      deviceId: a.deviceId,
      deviceName: nameOf(a.deviceId),
      ruleName: rule.name,
      condition: describeCondition(rule, unit),
      phase: a.phase,
      acknowledged: a.acknowledged,
      startedAt: a.startedAt,
      firedAt: a.firedAt,
      clearedAt: a.clearedAt,
      delayS: rule.delayS,
      peak: formatMetricValue(rule.metric, a.peak, unit),
    })
  }
  return items
}

/** Rules as the rule list shows them, with how many devices each watches now. */
export function ruleViews(rules: readonly AlarmRule[], devices: readonly DeviceRecordView[], nameOf: (id: string) => string, unit: TemperatureUnit): RuleView[] {
  return rules.map((r) => ({
    id: r.id,
    name: r.name,
    condition: describeCondition(r, unit),
    metric: r.metric,
    scope: describeScope(r.scope, nameOf),
    timing: [r.delayS ? `after ${formatDelay(r.delayS)}` : 'at once', r.hysteresis ? `hysteresis ${formatMetricDelta(r.metric, r.hysteresis, unit)}` : ''].filter(Boolean).join(', '),
    enabled: r.enabled,
    watching: devices.reduce((n, d) => n + (ruleWatches({ ...r, enabled: true }, d) ? 1 : 0), 0),
  }))
}

const VERB: Readonly<Record<AlarmTransition['kind'], string>> = {
  pending: 'Past the threshold',
  resolved: 'Back before the delay ran out',
  fired: 'Alarm',
  cleared: 'Cleared',
  acknowledged: 'Acknowledged',
}

/** The transition history, newest sample time first (late samples take their place in time). */
export function transitionViews(list: readonly AlarmTransition[], rules: readonly AlarmRule[], nameOf: (id: string) => string, unit: TemperatureUnit, limit = 100): TransitionView[] {
  const byId = new Map(rules.map((r) => [r.id, r]))
  const out: TransitionView[] = []
  const sorted = [...list].sort((a, b) => b.time - a.time || b.id - a.id)
  for (const t of sorted.slice(0, limit)) {
    const rule = byId.get(t.ruleId)
    out.push({
      id: t.id,
      kind: t.kind,
      time: t.time,
      deviceName: nameOf(t.deviceId),
      text: `${VERB[t.kind]}${rule ? ` · ${rule.name || describeCondition(rule, unit)}` : ''}${t.kind === 'acknowledged' ? '' : ` · ${rule ? formatMetricValue(rule.metric, t.value, unit) : t.value}`}`,
    })
  }
  return out
}

/** What the live region and a notification say about a new alarm. */
export function announce(t: AlarmTransition, rule: AlarmRule | undefined, deviceName: string, unit: TemperatureUnit, now: number): { title: string; body: string } {
  const condition = rule ? describeCondition(rule, unit) : 'past its threshold'
  const when = new Date(t.time).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' })
  // Samples can arrive minutes late (batched heartbeats, backfill): say when it happened, not "now".
  const late = now - t.time > 60_000 ? ` (reported late)` : ''
  return {
    title: `Alarm: ${deviceName}`,
    body: `${rule?.name ? `${rule.name}: ` : ''}${condition} since ${when}${late}; value ${rule ? formatMetricValue(rule.metric, t.value, unit) : t.value}.`,
  }
}
