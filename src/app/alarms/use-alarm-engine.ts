import { useEffect } from 'react'
import { deviceStore, uiStore } from '../../store'
import { createAlarmEngine, type AlarmEngine } from '../../store/alarms'
import { alarmStore } from './alarm-app-store'
import { browserNotifications, startAlarmNotifier } from './alarm-notifier'
import { announce } from './alarm-view'

let engine: AlarmEngine | null = null

/**
 * Runs alarm evaluation and browser notifications for the tab. Call it once, high in the app
 * (the dashboard); the engine outlives sessions, so a reconnect does not re-raise alarms.
 */
export function useAlarmEngine(): void {
  useEffect(() => {
    engine ??= createAlarmEngine({ devices: deviceStore, alarms: alarmStore })
    const running = engine
    running.start()
    const stopNotifier = startAlarmNotifier(alarmStore, browserNotifications(), (t) => {
      const rule = alarmStore.getState().rules.find((r) => r.id === t.ruleId)
      const name = deviceStore.getState().devices[t.deviceId]?.name ?? t.deviceId
      return announce(t, rule, name, uiStore.getState().temperatureUnit, Date.now())
    })
    return () => {
      running.stop()
      stopNotifier()
    }
  }, [])
}
