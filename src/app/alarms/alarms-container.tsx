import { useMemo, useState } from 'react'
import { useStore } from 'zustand'
import { CHARTED_TYPES_BY_DEVICE_TYPE, deviceStore, uiStore, useDeviceStore, useUiStore, type DeviceRecordView } from '../../store'
import { draftFromRule, ruleFromDraft, type AlarmMetric, type RuleDraft } from '../../store/alarms'
import { AlarmsPanel } from '../../ui/alarms/alarms-panel'
import type { NotifyPermission } from '../../ui/alarms/alarm-views'
import { RuleForm } from '../../ui/alarms/rule-form'
import { useNow } from '../../ui/use-now'
import { alarmStore } from './alarm-app-store'
import { browserNotifications, notifyPermission } from './alarm-notifier'
import { alarmItems, announce, ruleViews, transitionViews } from './alarm-view'

type Editor = { mode: 'add' } | { mode: 'edit'; id: string } | null

const METRIC_SOURCES: ReadonlyArray<readonly [AlarmMetric, readonly string[]]> = [
  ['temperature', ['temperature', 'humidity']],
  ['relativeHumidity', ['humidity']],
  ['co2', ['co2']],
]

/** Metrics a device reports, or will by its type (a device not heard from yet can still get a rule). */
function metricsOf(r: DeviceRecordView): AlarmMetric[] {
  const types = new Set([...r.eventTypes, ...(CHARTED_TYPES_BY_DEVICE_TYPE[r.type] ?? [])])
  return METRIC_SOURCES.filter(([, sources]) => sources.some((t) => types.has(t))).map(([m]) => m)
}

function nameOf(id: string): string {
  return deviceStore.getState().devices[id]?.name ?? id
}

/** What the device store knows for the rule form's pickers; recomputed when devices or labels change. */
function useCatalog() {
  const version = useDeviceStore((s) => s.catalogVersion)
  const order = useDeviceStore((s) => s.deviceOrder)
  return useMemo(() => {
    void version
    const records = order.map((id) => deviceStore.getState().devices[id]).filter((r) => r !== undefined)
    const values = new Map<string, Set<string>>()
    for (const r of records) for (const [k, v] of Object.entries(r.labels)) (values.get(k) ?? values.set(k, new Set()).get(k))?.add(v)
    return {
      records,
      devices: records.map((r) => ({ id: r.id, name: r.name, type: r.type, metrics: metricsOf(r) })).sort((a, b) => a.name.localeCompare(b.name)),
      labelKeys: [...values.keys()].sort(),
      labelValues: (key: string) => [...(values.get(key) ?? [])].filter(Boolean).sort(),
    }
  }, [version, order])
}

/** The alarms panel for the right rail (above the event log): alarms, rules, history, notifications. */
export function AlarmsContainer() {
  const alarms = useStore(alarmStore, (s) => s.alarms)
  const rules = useStore(alarmStore, (s) => s.rules)
  const transitions = useStore(alarmStore, (s) => s.transitions)
  const problems = useStore(alarmStore, (s) => s.ruleProblems)
  const saved = useStore(alarmStore, (s) => s.saved)
  const notify = useStore(alarmStore, (s) => s.notify)
  const unit = useUiStore((s) => s.temperatureUnit)
  const now = useNow(1000)
  const catalog = useCatalog()
  const [editor, setEditor] = useState<Editor>(null)
  const [api] = useState(browserNotifications)
  const [permission, setPermission] = useState<NotifyPermission>(() => notifyPermission(api))
  // Only alarms that fire while this panel is on screen are announced, not those found at start.
  const [since] = useState(() => alarmStore.getState().transitions.at(-1)?.id ?? 0)

  const items = useMemo(() => alarmItems(alarms, rules, nameOf, unit), [alarms, rules, unit])
  const ruleList = useMemo(() => ruleViews(rules, catalog.records, nameOf, unit), [rules, catalog, unit])
  const history = useMemo(() => transitionViews(transitions, rules, nameOf, unit), [transitions, rules, unit])
  const latest = useMemo(() => transitions.findLast((t) => t.kind === 'fired' && t.id > since), [transitions, since])
  const announcement = latest ? Object.values(announce(latest, rules.find((r) => r.id === latest.ruleId), nameOf(latest.deviceId), unit, latest.at)).join('. ') : ''

  const onNotify = (checked: boolean) => {
    if (!checked || !api) return alarmStore.getState().setNotify(false)
    if (api.permission === 'granted') return alarmStore.getState().setNotify(true)
    // Ask only now, when the user ticked the box (browsers block prompts nobody asked for).
    void api.requestPermission().then(
      (p) => {
        setPermission(p)
        alarmStore.getState().setNotify(p === 'granted')
      },
      () => setPermission('denied'),
    )
  }

  const editing = editor?.mode === 'edit' ? rules.find((r) => r.id === editor.id) : undefined
  const submit = (draft: RuleDraft) => {
    const { rule, errors } = ruleFromDraft(draft, unit, (id) => !!deviceStore.getState().devices[id])
    if (!rule) return errors
    if (editing) alarmStore.getState().updateRule({ ...rule, id: editing.id })
    else alarmStore.getState().addRule(rule)
    setEditor(null)
    return null
  }

  return (
    <AlarmsPanel
      alarms={items}
      rules={ruleList}
      transitions={history}
      now={now}
      announcement={announcement}
      problems={problems}
      onDismissProblems={() => alarmStore.getState().dismissRuleProblems()}
      saveFailed={!saved}
      notify={{ checked: notify, permission, onChange: onNotify }}
      onAcknowledge={(key) => alarmStore.getState().acknowledge(key)}
      onOpenDevice={(id) => uiStore.getState().selectDevice(id)}
      onToggleRule={(id, enabled) => alarmStore.getState().setRuleEnabled(id, enabled)}
      onDeleteRule={(id) => alarmStore.getState().deleteRule(id)}
      onAddRule={() => setEditor({ mode: 'add' })}
      onEditRule={(id) => setEditor({ mode: 'edit', id })}
      editor={
        editor && (
          <RuleForm
            key={editor.mode === 'edit' ? editor.id : 'new'}
            mode={editor.mode}
            initial={draftFromRule(editing, unit)}
            devices={catalog.devices}
            labelKeys={catalog.labelKeys}
            labelValues={catalog.labelValues}
            temperatureUnit={unit}
            onSubmit={submit}
            onCancel={() => setEditor(null)}
          />
        )
      }
    />
  )
}
