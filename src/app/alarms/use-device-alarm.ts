import { useMemo } from 'react'
import { useStore } from 'zustand'
import { useUiStore } from '../../store'
import { describeCondition } from '../../store/alarms'
import { alarmStore } from './alarm-app-store'

/** What a device card shows for an alarm: a red (alarm) or amber (warning) border and the rule. */
export interface DeviceAlarmBadge {
  readonly severity: 'alarm' | 'warning'
  /** "Fridge too warm: above 8 °C", with "(pending)" while the delay runs. */
  readonly text: string
}

/**
 * The worst alarm of a device for its card: firing (acknowledged or not) is an alarm, pending a
 * warning; undefined when all is well. Re-renders a card only when its own alarm changes.
 * @example
 * const alarm = useDeviceAlarm(id)
 * <article className="card" data-alarm={alarm?.severity} title={alarm?.text}>
 */
export function useDeviceAlarm(deviceId: string): DeviceAlarmBadge | undefined {
  const status = useStore(alarmStore, (s) => s.byDevice[deviceId])
  const rule = useStore(alarmStore, (s) => (status ? s.rules.find((r) => r.id === status.ruleId) : undefined))
  const unit = useUiStore((s) => s.temperatureUnit)
  return useMemo(() => {
    if (!status || !rule) return undefined
    const condition = describeCondition(rule, unit)
    const text = rule.name ? `${rule.name}: ${condition}` : condition.charAt(0).toUpperCase() + condition.slice(1)
    return status.phase === 'firing' ? { severity: 'alarm', text: status.acknowledged ? `${text} (acknowledged)` : text } : { severity: 'warning', text: `${text} (pending)` }
  }, [status, rule, unit])
}
