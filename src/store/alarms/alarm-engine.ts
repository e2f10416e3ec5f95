import type { DeviceRecordView } from '../device-record'
import type { DeviceStore, DeviceStoreState } from '../device-store'
import { evaluateClock, evaluateDevice, type PairTrack, type PairTransition } from './alarm-evaluate'
import type { AlarmStore } from './alarm-store'
import { alarmKey, type AlarmRule, type AlarmStatus } from './alarm-types'
import { createListeningGate } from './listening-gate'
import { clearHeard, offlineRules, sweepOffline, type OfflineResult } from './offline-sweep'

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
  /** Least time between two offline sweeps over the devices (default 10 s). */
  offlineEveryMs?: number
}

/** The running engine. */
export interface AlarmEngine {
  start(): void
  stop(): void
  /** Runs the delay tick now (tests; the timer calls it every second). */
  tick(): void
  /**
   * Tells the engine whether the stream is live. Offline checks pause while it is not: a silent
   * device then says nothing about the device. Until first told, the stream counts as not live.
   */
  setStreamLive(live: boolean): void
}

const defaultTimers: AlarmEngineTimers = {
  now: () => Date.now(),
  setInterval: (fn, ms) => setInterval(fn, ms),
  clearInterval: (id) => clearInterval(id as ReturnType<typeof setInterval>),
}

/**
 * Evaluates alarm rules against the device store: on every applied batch, for the devices whose
 * record changed (new samples bump seriesVersion; labels may move a device in or out of scope),
 * on rule changes for every device, and on a 1 s tick for delays. Offline rules read no samples:
 * a sweep over the devices in their scope runs on the tick, at most every `offlineEveryMs`, and
 * only while the stream is live. Sample cursors stay in here; statuses live in the alarm store,
 * so acknowledging there is seen on the next evaluation.
 */
export function createAlarmEngine({ devices, alarms, timers = defaultTimers, tickMs = 1000, offlineEveryMs = 10_000 }: AlarmEngineDeps): AlarmEngine {
  // Per (rule, device) key: the rule, the newest sample time read, and how many samples it had seen.
  const cursors = new Map<string, { ruleId: string; time: number; seen: number }>()
  const cleanups: Array<() => void> = []
  const gate = createListeningGate()
  let running = false
  // Every 1 s tick over 10,000 devices would be wasted work: silence is counted in minutes.
  let nextSweepAt = -Infinity

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

  function applyOffline(result: OfflineResult, now: number): void {
    alarms.getState().applyEvaluation(result.changes, result.transitions, now)
  }

  function sweep(rules: readonly AlarmRule[]): void {
    const since = gate.since()
    const offline = offlineRules(rules)
    if (since === null || !offline.length) return
    const now = timers.now()
    applyOffline(sweepOffline(offline, devices.getState(), alarms.getState().alarms, since, now), now)
  }

  function onDevices(s: DeviceStoreState, prev: DeviceStoreState): void {
    if (s.devices === prev.devices) return
    if (!s.deviceOrder.length && prev.deviceOrder.length) {
      // The store was cleared (another project): its devices' alarms mean nothing any more.
      cursors.clear()
      gate.reset()
      const st = alarms.getState()
      st.applyEvaluation(Object.keys(st.alarms).map((k) => [k, undefined] as const), [], timers.now())
      return
    }
    const rules = alarms.getState().rules
    // Without rules there is nothing to evaluate: skip the walk over every device per batch.
    if (!rules.length) return
    const offline = offlineRules(rules)
    const touched: DeviceRecordView[] = []
    const heard: DeviceRecordView[] = []
    for (const id of s.deviceOrder) {
      const r = s.devices[id]
      const before = prev.devices[id]
      // New samples bump seriesVersion; a new labels object may change which rules apply.
      if (r && (!before || r.seriesVersion !== before.seriesVersion || r.labels !== before.labels)) touched.push(r)
      if (offline.length && r && before && r.lastSeen !== before.lastSeen) heard.push(r)
    }
    if (touched.length) run(touched, rules)
    if (heard.length) applyOffline(clearHeard(offline, heard, alarms.getState().alarms, timers.now()), timers.now())
  }

  function onRules(rules: readonly AlarmRule[], prev: readonly AlarmRule[]): void {
    const before = new Set(prev)
    const changed = rules.filter((r) => !before.has(r))
    const live = new Set(rules.map((r) => r.id))
    const changedIds = new Set(changed.map((r) => r.id))
    // A rule edited or removed starts over: its cursors go, so its pairs are seeded again.
    for (const [key, c] of [...cursors]) if (!live.has(c.ruleId) || changedIds.has(c.ruleId)) cursors.delete(key)
    if (changed.length) run(Object.values(devices.getState().devices), changed)
    sweep(changed)
  }

  function tick(): void {
    promotePending()
    if (timers.now() < nextSweepAt) return
    nextSweepAt = timers.now() + offlineEveryMs
    sweep(alarms.getState().rules)
  }

  function promotePending(): void {
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
      sweep(alarms.getState().rules)
    },
    stop() {
      // Cursors stay: a restart (StrictMode, remount) reads on from where it stopped, so alarms
      // already raised, and their acknowledgements, are not seeded afresh.
      running = false
      for (const c of cleanups.splice(0)) c()
    },
    tick,
    setStreamLive(live) {
      gate.setLive(live, timers.now())
      // Back live: look at once rather than up to a sweep interval later.
      if (live) nextSweepAt = -Infinity
    },
  }
}
