import type { StepResult, StepTransition } from './alarm-step'
import { alarmKey, type AlarmStatus, type StateRule } from './alarm-types'

/**
 * The offline check of one (rule, device) pair: has the device sent nothing for longer than the
 * rule's delay?
 *
 * - Silence starts at the device's last-seen time, a real time: its newest event, or the reported
 *   state of the device list. Never the page's start: a sensor dead for hours is offline as soon
 *   as the page has its device list, and one heard a minute before the page opened is not. A
 *   device never heard at all (null) has no time to count from and is left alone.
 * - `listeningSince` moves the start later after our own outage: what a device sent while the
 *   stream was down is unknown, so only silence heard while listening counts. null: not
 *   listening now, so it can clear (the device was heard) but never fire.
 * - No pending phase: the silence itself is the wait, and with one every device would sit
 *   "pending" between two heartbeats.
 * - It clears at the time the device was heard again, however late dt-live applies that event.
 */
export function offlineStep(status: AlarmStatus | undefined, rule: StateRule, deviceId: string, lastSeen: number | null, listeningSince: number | null, now: number): StepResult {
  let s = status
  const out: StepTransition[] = []
  if (s?.phase === 'firing' && lastSeen !== null && lastSeen > s.startedAt) {
    out.push({ kind: 'cleared', time: lastSeen, value: Math.round((lastSeen - s.startedAt) / 1000), startedAt: s.startedAt })
    s = s.acknowledged ? undefined : { ...s, phase: 'cleared', clearedAt: lastSeen }
  }
  if (s?.phase === 'firing' || lastSeen === null || listeningSince === null) return { status: s, transitions: out }
  const from = Math.max(lastSeen, listeningSince)
  const firedAt = from + rule.delayS * 1000
  // "Longer than" the delay: a device silent exactly that long is still fine.
  if (now <= firedAt) return { status: s, transitions: out }
  const silentS = Math.round((now - lastSeen) / 1000)
  out.push({ kind: 'fired', time: firedAt, value: silentS, startedAt: lastSeen })
  const fired: AlarmStatus = { key: alarmKey(rule.id, deviceId), ruleId: rule.id, deviceId, phase: 'firing', startedAt: lastSeen, firedAt, acknowledged: false, value: silentS, peak: silentS }
  return { status: fired, transitions: out }
}
