import { useEffect } from 'react'
import { deviceStore, uiStore } from '../../store'
import { createAlarmEngine, type AlarmEngine } from '../../store/alarms'
import type { SessionState, SessionStore } from '../session-state'
import { alarmStore } from './alarm-app-store'
import { browserNotifications, startAlarmNotifier } from './alarm-notifier'
import { announce } from './alarm-view'

let engine: AlarmEngine | null = null

/** True when the session's stream is live: only then does a device's silence say anything about it. */
export function streamIsLive(state: Pick<SessionState, 'stream'>): boolean {
  return state.stream?.state === 'live'
}

/**
 * Runs alarm evaluation and browser notifications for the tab. Call it once, high in the app
 * (the dashboard); the engine outlives sessions, so a reconnect does not re-raise alarms. The
 * session's stream state pauses offline checks while the stream is not live.
 */
export function useAlarmEngine(session: SessionStore): void {
  useEffect(() => {
    engine ??= createAlarmEngine({ devices: deviceStore, alarms: alarmStore })
    const running = engine
    running.start()
    running.setStreamLive(streamIsLive(session.getState()))
    const stopLive = session.subscribe((s) => running.setStreamLive(streamIsLive(s)))
    const stopNotifier = startAlarmNotifier(alarmStore, browserNotifications(), (t) => {
      const rule = alarmStore.getState().rules.find((r) => r.id === t.ruleId)
      const name = deviceStore.getState().devices[t.deviceId]?.name ?? t.deviceId
      return announce(t, rule, name, uiStore.getState().temperatureUnit, Date.now())
    })
    return () => {
      stopLive()
      running.stop()
      stopNotifier()
    }
  }, [session])
}
