import type { DeviceRecordView } from '../device-record'
import type { DeviceStore, DeviceStoreState } from '../device-store'
import { evaluateClock, evaluateDevice, type PairTrack, type PairTransition } from './alarm-evaluate'
import type { AlarmStore } from './alarm-store'
import { alarmKey, type AlarmRule, type AlarmStatus } from './alarm-types'

/** Clock and timer of the engine; tests pass fakes. */
export interface AlarmEngineTimers {
  now(): number
  setInterval(fn: () => void, ms: number): unknown
  clearInterval(id: unknown): void
}

/** Stores and clock the engine connects. */
export interface AlarmEngineDeps {
  devices: DeviceStore
  alarms: AlarmStore
  timers?: AlarmEngineTimers
  /** Delay tick (default 1 s). */
  tickMs?: number
}

/** The running engine. */
export interface AlarmEngine {
  start(): void
  stop(): void
  /** Runs the delay tick now (tests; the timer calls it every second). */
  tick(): void
}

const defaultTimers: AlarmEngineTimers = {
  now: () => Date.now(),
  setInterval: (fn, ms) => setInterval(fn, ms),
  clearInterval: (id) => clearInterval(id as ReturnType<typeof setInterval>),
}

/**
 * Evaluates alarm rules against the device store: on every applied batch, for the devices whose
 * record changed (new samples bump seriesVersion; labels may move a device in or out of scope),
 * on rule changes for every device, and on a 1 s tick for delays. Sample cursors stay in here;
 * statuses live in the alarm store, so acknowledging there is seen on the next evaluation.
 */
export function createAlarmEngine({ devices, alarms, timers = defaultTimers, tickMs = 1000 }: AlarmEngineDeps): AlarmEngine {
  // Per (rule, device) key: the rule, the newest sample time read, and how many samples it had seen.
  const cursors = new Map<string, { ruleId: string; time: number; seen: number }>()
  const cleanups: Array<() => void> = []
  let running = false

  function track(key: string, rule: AlarmRule, deviceId: string, statuses: Readonly<Record<string, AlarmStatus>>): PairTrack | undefined {
    const cursor = cursors.get(key)
    return cursor === undefined ? undefined : { ruleId: rule.id, deviceId, cursor: cursor.time, seen: cursor.seen, status: statuses[key] }
  }

  function run(records: Iterable<DeviceRecordView>, rules: readonly AlarmRule[]): void {
    if (!rules.length) return
    const statuses = alarms.getState().alarms
    const now = timers.now()
    const changed: Array<readonly [string, AlarmStatus | undefined]> = []
    const transitions: PairTransition[] = []
    for (const record of records) {
      const tracks = new Map<string, PairTrack>()
      for (const rule of rules) {
        const key = alarmKey(rule.id, record.id)
        const t = track(key, rule, record.id, statuses)
        if (t) tracks.set(key, t)
      }
      const result = evaluateDevice(rules, record, tracks, now)
      for (const [key, next] of result.changes) {
        if (next) cursors.set(key, { ruleId: next.ruleId, time: next.cursor, seen: next.seen })
        else cursors.delete(key)
        if (next?.status !== statuses[key]) changed.push([key, next?.status])
      }
      transitions.push(...result.transitions)
    }
    alarms.getState().applyEvaluation(changed, transitions, now)
  }

  function onDevices(s: DeviceStoreState, prev: DeviceStoreState): void {
    if (s.devices === prev.devices) return
    if (!s.deviceOrder.length && prev.deviceOrder.length) {
      // The store was cleared (another project): its devices' alarms mean nothing any more.
      cursors.clear()
      const st = alarms.getState()
      st.applyEvaluation(Object.keys(st.alarms).map((k) => [k, undefined] as const), [], timers.now())
      return
    }
    const rules = alarms.getState().rules
    // Without rules there is nothing to evaluate: skip the walk over every device per batch.
    if (!rules.length) return
    const touched: DeviceRecordView[] = []
    for (const id of s.deviceOrder) {
      const r = s.devices[id]
      const before = prev.devices[id]
      // New samples bump seriesVersion; a new labels object may change which rules apply.
      if (r && (!before || r.seriesVersion !== before.seriesVersion || r.labels !== before.labels)) touched.push(r)
    }
    if (touched.length) run(touched, rules)
  }

  function onRules(rules: readonly AlarmRule[], prev: readonly AlarmRule[]): void {
    const before = new Set(prev)
    const changed = rules.filter((r) => !before.has(r))
    const live = new Set(rules.map((r) => r.id))
    const changedIds = new Set(changed.map((r) => r.id))
    // A rule edited or removed starts over: its cursors go, so its pairs are seeded again.
    for (const [key, c] of [...cursors]) if (!live.has(c.ruleId) || changedIds.has(c.ruleId)) cursors.delete(key)
    if (changed.length) run(Object.values(devices.getState().devices), changed)
  }

  function tick(): void {
    const s = alarms.getState()
    const pending = Object.values(s.alarms).filter((a) => a.phase === 'pending')
    if (!pending.length) return
    const rules = new Map(s.rules.map((r) => [r.id, r]))
    const tracks = new Map<string, PairTrack>()
    for (const a of pending) {
      const c = cursors.get(a.key)
      tracks.set(a.key, { ruleId: a.ruleId, deviceId: a.deviceId, cursor: c?.time ?? -Infinity, seen: c?.seen ?? 0, status: a })
    }
    const now = timers.now()
    const result = evaluateClock(rules, tracks, now)
    s.applyEvaluation(
      result.changes.map(([k, t]) => [k, t?.status] as const),
      result.transitions,
      now,
    )
  }

  return {
    start() {
      if (running) return
      running = true
      cleanups.push(devices.subscribe(onDevices))
      cleanups.push(alarms.subscribe((s, prev) => s.rules !== prev.rules && onRules(s.rules, prev.rules)))
      const id = timers.setInterval(tick, tickMs)
      cleanups.push(() => timers.clearInterval(id))
      run(Object.values(devices.getState().devices), alarms.getState().rules)
    },
    stop() {
      // Cursors stay: a restart (StrictMode, remount) reads on from where it stopped, so alarms
      // already raised, and their acknowledgements, are not seeded afresh.
      running = false
      for (const c of cleanups.splice(0)) c()
    },
    tick,
  }
}
