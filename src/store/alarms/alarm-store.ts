import { createStore, type StoreApi } from 'zustand/vanilla'
import { acknowledge } from './alarm-step'
import type { AlarmRule, AlarmStatus, AlarmTransition, NewAlarmRule } from './alarm-types'
import type { PairTransition } from './alarm-evaluate'
import { ALARM_RULES_KEY, loadAlarms, saveAlarms, type RuleStorage } from './rule-storage'

/** Transitions kept for the history list. */
export const TRANSITION_CAPACITY = 200

/** Rules, the alarms they raised, and their history; the engine writes alarms, people write rules. */
export interface AlarmStoreData {
  readonly rules: readonly AlarmRule[]
  /** Problems met loading stored rules, until dismissed. */
  readonly ruleProblems: readonly string[]
  /** Pairs that are not ok, by `ruleId|deviceId`. A record whose unchanged entries keep their identity. */
  readonly alarms: Readonly<Record<string, AlarmStatus>>
  /** The worst alarm per device (firing over pending; cleared ones are not listed). */
  readonly byDevice: Readonly<Record<string, AlarmStatus>>
  /** Oldest first, at most TRANSITION_CAPACITY. */
  readonly transitions: readonly AlarmTransition[]
  /** The user asked for browser notifications. */
  readonly notify: boolean
  /** False when the last save was refused (quota, privacy mode). */
  readonly saved: boolean
}

/** Alarm store actions; each is one `set` or none. */
export interface AlarmStoreActions {
  /** Adds a rule; returns its new id. */
  addRule(rule: NewAlarmRule): string
  /** Replaces a rule; its alarms start over, since the condition changed. */
  updateRule(rule: AlarmRule): void
  deleteRule(id: string): void
  setRuleEnabled(id: string, enabled: boolean): void
  /** Acknowledges one alarm: a firing one is muted, a cleared one leaves the list. */
  acknowledge(key: string): void
  setNotify(notify: boolean): void
  dismissRuleProblems(): void
  /** For the engine: applies changed statuses (undefined: ok) and new transitions in one `set`. */
  applyEvaluation(statuses: ReadonlyArray<readonly [string, AlarmStatus | undefined]>, transitions: readonly PairTransition[], at: number): void
}

/** Data and actions of the alarm store. */
export type AlarmStoreState = AlarmStoreData & AlarmStoreActions
/** The vanilla alarm store API. */
export type AlarmStore = StoreApi<AlarmStoreState>

/** Storage, clock and id source of the alarm store. */
export interface AlarmStoreOptions {
  storage?: RuleStorage | null
  storageKey?: string
  now?: () => number
  newId?: () => string
}

const RANK = { firing: 2, pending: 1, cleared: 0 } as const

function worst(a: AlarmStatus | undefined, b: AlarmStatus): AlarmStatus {
  if (!a) return b
  const d = RANK[b.phase] - RANK[a.phase]
  if (d) return d > 0 ? b : a
  if (a.acknowledged !== b.acknowledged) return a.acknowledged ? b : a
  return b.startedAt < a.startedAt ? b : a
}

/** Worst alarm per device; entries that did not change keep their identity for card selectors. */
function deriveByDevice(alarms: Readonly<Record<string, AlarmStatus>>, prev: Readonly<Record<string, AlarmStatus>>): Readonly<Record<string, AlarmStatus>> {
  const next: Record<string, AlarmStatus> = {}
  for (const s of Object.values(alarms)) if (s.phase !== 'cleared') next[s.deviceId] = worst(next[s.deviceId], s)
  const keys = Object.keys(next)
  if (keys.length === Object.keys(prev).length && keys.every((k) => prev[k] === next[k])) return prev
  return next
}

function randomId(): string {
  return `r${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`
}

/** Creates the alarm store; rules load from `storage` (validated) and are written back on change. */
export function createAlarmStore(options: AlarmStoreOptions = {}): AlarmStore {
  const { storage, storageKey = ALARM_RULES_KEY, now = () => Date.now(), newId = randomId } = options
  const loaded = loadAlarms(storage, storageKey)
  let nextTransitionId = 1

  const store = createStore<AlarmStoreState>()((set, get) => {
    function setAlarms(alarms: Record<string, AlarmStatus>, extra: Partial<AlarmStoreData> = {}, added: AlarmTransition[] = []) {
      const s = get()
      const transitions = added.length ? [...s.transitions, ...added].slice(-TRANSITION_CAPACITY) : s.transitions
      set({ ...extra, alarms, byDevice: deriveByDevice(alarms, s.byDevice), transitions })
    }
    function withoutRule(id: string): Record<string, AlarmStatus> {
      const alarms: Record<string, AlarmStatus> = {}
      for (const [k, v] of Object.entries(get().alarms)) if (v.ruleId !== id) alarms[k] = v
      return alarms
    }
    return {
      rules: loaded.rules,
      ruleProblems: loaded.problems,
      alarms: {},
      byDevice: {},
      transitions: [],
      notify: loaded.notify,
      saved: true,
      addRule: (rule) => {
        const id = newId()
        set({ rules: [...get().rules, { ...rule, id }] })
        return id
      },
      updateRule: (rule) => setAlarms(withoutRule(rule.id), { rules: get().rules.map((r) => (r.id === rule.id ? rule : r)) }),
      deleteRule: (id) => setAlarms(withoutRule(id), { rules: get().rules.filter((r) => r.id !== id) }),
      setRuleEnabled: (id, enabled) => {
        const rule = get().rules.find((r) => r.id === id)
        if (rule && rule.enabled !== enabled) get().updateRule({ ...rule, enabled })
      },
      acknowledge: (key) => {
        const prev = get().alarms[key]
        const next = acknowledge(prev)
        if (!prev || next === prev) return
        const alarms = { ...get().alarms }
        if (next) alarms[key] = next
        else delete alarms[key]
        setAlarms(alarms, {}, [{ id: nextTransitionId++, kind: 'acknowledged', ruleId: prev.ruleId, deviceId: prev.deviceId, time: now(), at: now(), value: prev.peak, startedAt: prev.startedAt }])
      },
      setNotify: (notify) => set({ notify }),
      dismissRuleProblems: () => set({ ruleProblems: [] }),
      applyEvaluation: (statuses, transitions, at) => {
        if (!statuses.length && !transitions.length) return
        const alarms = { ...get().alarms }
        for (const [key, status] of statuses) {
          if (status) alarms[key] = status
          else delete alarms[key]
        }
        setAlarms(
          alarms,
          {},
          transitions.map((t) => ({ ...t, id: nextTransitionId++, at })),
        )
      },
    }
  })

  if (storage) {
    let written = JSON.stringify([loaded.rules, loaded.notify])
    store.subscribe((s) => {
      const json = JSON.stringify([s.rules, s.notify])
      if (json === written) return
      written = json
      const saved = saveAlarms(storage, { rules: s.rules, notify: s.notify }, storageKey)
      if (saved !== s.saved) store.setState({ saved })
    })
  }
  return store
}
