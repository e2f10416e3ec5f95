import type { DeviceRecordView } from '../device-record'
import { applyRange, promote, seed, type SampleSource, type StepResult, type StepTransition } from './alarm-step'
import { alarmKey, type AlarmRule, type AlarmStatus } from './alarm-types'
import { ruleSource, ruleWatches } from './rule-scope'

/** What the engine remembers per (rule, device): the newest sample time read, and the status. */
export interface PairTrack {
  readonly ruleId: string
  readonly deviceId: string
  /** Newest sample time consumed. */
  readonly cursor: number
  /** Samples held at or before the cursor when last read; more means older samples arrived late. */
  readonly seen: number
  readonly status: AlarmStatus | undefined
}

/** A transition with the pair it belongs to. */
export interface PairTransition extends StepTransition {
  readonly ruleId: string
  readonly deviceId: string
}

/** Changed tracks (undefined: forget the pair) and the transitions that happened. */
export interface EvaluationResult {
  readonly changes: ReadonlyArray<readonly [string, PairTrack | undefined]>
  readonly transitions: readonly PairTransition[]
}

function tagged(rule: AlarmRule, deviceId: string, list: readonly StepTransition[]): PairTransition[] {
  return list.map((t) => ({ ...t, ruleId: rule.id, deviceId }))
}

/** Transitions from re-deriving a pair: only what changed for someone watching it. */
function reseeded(prev: AlarmStatus | undefined, rule: AlarmRule, deviceId: string, source: SampleSource): StepResult {
  const next = seed(rule, deviceId, source)
  if (next.status?.phase === prev?.phase) return { status: next.status, transitions: [] }
  if (!next.status) return { status: undefined, transitions: [{ kind: 'resolved', time: source.timeAt(source.size - 1), value: source.valueAt(source.size - 1), startedAt: prev?.startedAt ?? source.timeAt(source.size - 1) }] }
  return next
}

/**
 * Reads a pair's new samples and applies the clock.
 * - Samples newer than the cursor (live data, a backfill after an outage) are replayed in time
 *   order, so transitions carry the times they happened at.
 * - Samples older than the cursor (the history prefill that lands after the device list, late
 *   backfill) re-derive a pair that is not firing from the trailing run of everything held, as on
 *   first sight: a fridge warm for the last hour fires when that hour arrives, not an hour after
 *   page load, while an excursion that is already over stays history. A firing alarm is left as
 *   it is, so its acknowledgement and start stay put.
 */
export function advancePair(track: PairTrack | undefined, rule: AlarmRule, record: DeviceRecordView, now: number): { track: PairTrack; transitions: PairTransition[] } | undefined {
  const source = ruleSource(rule, record)
  if (!source) return undefined
  const newest = source.timeAt(source.size - 1)
  let read: StepResult
  if (!track) read = seed(rule, record.id, source)
  else {
    const upTo = source.upperBound(track.cursor)
    const late = upTo > track.seen && (!track.status || track.status.phase === 'pending')
    read = late ? reseeded(track.status, rule, record.id, source) : applyRange(track.status, rule, record.id, source, upTo, source.size)
  }
  const cursor = Math.max(track?.cursor ?? -Infinity, newest)
  // A clock behind the sensors' must not hold back what the samples already show.
  const clocked = promote(read.status, rule, Math.max(now, cursor))
  return {
    track: { ruleId: rule.id, deviceId: record.id, cursor, seen: source.upperBound(cursor), status: clocked.status },
    transitions: tagged(rule, record.id, [...read.transitions, ...clocked.transitions]),
  }
}

/** Evaluates every rule that reads samples against one device whose series or labels changed. */
export function evaluateDevice(rules: readonly AlarmRule[], record: DeviceRecordView, tracks: ReadonlyMap<string, PairTrack>, now: number): EvaluationResult {
  const changes: Array<readonly [string, PairTrack | undefined]> = []
  const transitions: PairTransition[] = []
  for (const rule of rules) {
    // Offline rules read no samples: the clock sweeps them (offline-sweep.ts).
    if (rule.kind === 'offline') continue
    const key = alarmKey(rule.id, record.id)
    const prev = tracks.get(key)
    if (!ruleWatches(rule, record)) {
      // Out of scope (labels changed, rule disabled): the pair is forgotten without a transition.
      if (prev) changes.push([key, undefined])
      continue
    }
    const next = advancePair(prev, rule, record, now)
    if (!next) continue
    if (next.track.cursor !== prev?.cursor || next.track.seen !== prev.seen || next.track.status !== prev.status) changes.push([key, next.track])
    transitions.push(...next.transitions)
  }
  return { changes, transitions }
}

/** The 1 s tick: fires pending alarms whose delay ran out with no sample in between. */
export function evaluateClock(rules: ReadonlyMap<string, AlarmRule>, tracks: ReadonlyMap<string, PairTrack>, now: number): EvaluationResult {
  const changes: Array<readonly [string, PairTrack]> = []
  const transitions: PairTransition[] = []
  for (const [key, track] of tracks) {
    if (track.status?.phase !== 'pending') continue
    const rule = rules.get(track.ruleId)
    if (!rule) continue
    const r = promote(track.status, rule, Math.max(now, track.cursor))
    if (r.status === track.status) continue
    changes.push([key, { ...track, status: r.status }])
    transitions.push(...tagged(rule, track.deviceId, r.transitions))
  }
  return { changes, transitions }
}
