import { useMemo, useState } from 'react'
import { useStore } from 'zustand'
import { CHARTED_TYPES_BY_DEVICE_TYPE, deviceStore, uiStore, useDeviceStore, useUiStore, type DeviceRecordView } from '../../store'
import { draftFromRule, ruleFromDraft, STATE_TIMELINES, withKind, type RuleDraft } from '../../store/alarms'
import { AlarmsPanel } from '../../ui/alarms/alarms-panel'
import type { NotifyPermission } from '../../ui/alarms/alarm-views'
import { RuleForm } from '../../ui/alarms/rule-form'
import { useNow } from '../../ui/use-now'
import type { SessionStore } from '../session-state'
import { alarmStore } from './alarm-app-store'
import { browserNotifications, notifyPermission } from './alarm-notifier'
import { alarmItems, announce, ruleViews, transitionViews } from './alarm-view'
import { streamIsLive } from './use-alarm-engine'

type Editor = { mode: 'add' } | { mode: 'edit'; id: string } | null

// Which event types let a rule watch a device: metrics of threshold rules, then door and water.
const SIGNAL_SOURCES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['temperature', ['temperature', 'humidity']],
  ['relativeHumidity', ['humidity']],
  ['co2', ['co2']],
  ['doorOpen', [STATE_TIMELINES.doorOpen.timeline]],
  ['waterDetected', [STATE_TIMELINES.waterDetected.timeline]],
]

/**
 * Metrics and rule kinds a device can be watched by, from what it reports or will by its type (a
 * device not heard from yet can still get a rule). Every device can fall silent: offline.
 */
function signalsOf(r: DeviceRecordView): string[] {
  const types = new Set([...r.eventTypes, ...(CHARTED_TYPES_BY_DEVICE_TYPE[r.type] ?? [])])
  return [...SIGNAL_SOURCES.filter(([, sources]) => sources.some((t) => types.has(t))).map(([m]) => m), 'offline']
}

function nameOf(id: string): string {
  return deviceStore.getState().devices[id]?.name ?? id
}

const collator = new Intl.Collator()

/** The device records in list order, for the rule list's scopes; recomputed when devices or labels change. */
function useRecords(): DeviceRecordView[] {
  const version = useDeviceStore((s) => s.catalogVersion)
  const order = useDeviceStore((s) => s.deviceOrder)
  return useMemo(() => {
    void version
    return order.map((id) => deviceStore.getState().devices[id]).filter((r) => r !== undefined)
  }, [version, order])
}

/**
 * What the rule form's pickers offer: devices sorted by name, label keys and values. Built only
 * while the form is open: with 10,000 devices a build takes tens of milliseconds, and the catalog
 * changes with every device first heard of, so building it for a closed form made scrolling stutter.
 */
function usePickers(records: readonly DeviceRecordView[], open: boolean) {
  return useMemo(() => {
    if (!open) return null
    const values = new Map<string, Set<string>>()
    for (const r of records) for (const [k, v] of Object.entries(r.labels)) (values.get(k) ?? values.set(k, new Set()).get(k))?.add(v)
    return {
      devices: records.map((r) => ({ id: r.id, name: r.name, type: r.type, signals: signalsOf(r) })).sort((a, b) => collator.compare(a.name, b.name)),
      labelKeys: [...values.keys()].sort(),
      labelValues: (key: string) => [...(values.get(key) ?? [])].filter(Boolean).sort(),
    }
  }, [records, open])
}

/** The alarms panel for the right rail (above the event log): alarms, rules, history, notifications. */
export function AlarmsContainer({ session }: { session: SessionStore }) {
  const alarms = useStore(alarmStore, (s) => s.alarms)
  const rules = useStore(alarmStore, (s) => s.rules)
  const transitions = useStore(alarmStore, (s) => s.transitions)
  const problems = useStore(alarmStore, (s) => s.ruleProblems)
  const saved = useStore(alarmStore, (s) => s.saved)
  const notify = useStore(alarmStore, (s) => s.notify)
  const live = useStore(session, streamIsLive)
  const unit = useUiStore((s) => s.temperatureUnit)
  const now = useNow(1000)
  const records = useRecords()
  const [editor, setEditor] = useState<Editor>(null)
  const pickers = usePickers(records, editor !== null)
  const [api] = useState(browserNotifications)
  const [permission, setPermission] = useState<NotifyPermission>(() => notifyPermission(api))
  // Only alarms that fire while this panel is on screen are announced, not those found at start.
  const [since] = useState(() => alarmStore.getState().transitions.at(-1)?.id ?? 0)

  const items = useMemo(() => alarmItems(alarms, rules, nameOf, unit), [alarms, rules, unit])
  const ruleList = useMemo(() => ruleViews(rules, records, nameOf, unit), [rules, records, unit])
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
      offlinePaused={!live && rules.some((r) => r.enabled && r.kind === 'offline')}
      notify={{ checked: notify, permission, onChange: onNotify }}
      onAcknowledge={(key) => alarmStore.getState().acknowledge(key)}
      onOpenDevice={(id) => uiStore.getState().selectDevice(id)}
      onToggleRule={(id, enabled) => alarmStore.getState().setRuleEnabled(id, enabled)}
      onDeleteRule={(id) => alarmStore.getState().deleteRule(id)}
      onAddRule={() => setEditor({ mode: 'add' })}
      onEditRule={(id) => setEditor({ mode: 'edit', id })}
      editor={
        editor &&
        pickers && (
          <RuleForm
            key={editor.mode === 'edit' ? editor.id : 'new'}
            mode={editor.mode}
            initial={draftFromRule(editing, unit)}
            devices={pickers.devices}
            labelKeys={pickers.labelKeys}
            labelValues={pickers.labelValues}
            temperatureUnit={unit}
            withKind={withKind}
            onSubmit={submit}
            onCancel={() => setEditor(null)}
          />
        )
      }
    />
  )
}
