import { useStore } from 'zustand'
import { useUiStore } from '../../store'
import { describeCondition } from '../../store/alarms'
import { alarmTiming } from '../../ui/alarms/alarm-timing'
import { AlarmBanner } from '../../ui/detail/alarm-banner'
import { useNow } from '../../ui/use-now'
import { alarmStore } from '../alarms/alarm-app-store'
import { alarmItem } from '../alarms/alarm-view'

/** The device's worst alarm above its charts, with acknowledge while unacknowledged. */
export function DetailAlarmBanner({ deviceId }: { deviceId: string }) {
  const status = useStore(alarmStore, (s) => s.byDevice[deviceId])
  const rule = useStore(alarmStore, (s) => (status ? s.rules.find((r) => r.id === status.ruleId) : undefined))
  const unit = useUiStore((s) => s.temperatureUnit)
  const now = useNow(1000)
  if (!status || !rule) return null
  const condition = describeCondition(rule, unit)
  const timing = alarmTiming(alarmItem(status, rule, '', unit), now)
  const firing = status.phase === 'firing'
  return (
    <AlarmBanner
      severity={firing ? 'alarm' : 'warning'}
      label={firing ? (status.acknowledged ? 'Alarm (acknowledged)' : 'Alarm') : 'Pending'}
      text={rule.name ? `${rule.name}: ${condition}` : condition}
      detail={timing}
      {...(firing && !status.acknowledged ? { onAcknowledge: () => alarmStore.getState().acknowledge(status.key) } : {})}
    />
  )
}
