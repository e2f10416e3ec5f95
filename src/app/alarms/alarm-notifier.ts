import type { AlarmStore, AlarmTransition } from '../../store/alarms'
import type { NotifyPermission } from '../../ui/alarms/alarm-views'

/** The browser Notification API as the notifier uses it; tests pass a fake. */
export interface NotificationApi {
  readonly permission: NotificationPermission
  requestPermission(): Promise<NotificationPermission>
  show(title: string, options: { body: string; tag: string }): void
}

/** The page's Notification API, or null where there is none (old browsers, some webviews, insecure origins). */
export function browserNotifications(): NotificationApi | null {
  const N = (globalThis as { Notification?: typeof Notification }).Notification
  if (typeof N !== 'function' || !(globalThis as { isSecureContext?: boolean }).isSecureContext) return null
  return {
    get permission() {
      return N.permission
    },
    requestPermission: () => N.requestPermission(),
    show(title, options) {
      try {
        new N(title, options)
      } catch {
        // Chrome on Android allows notifications only through a service worker; the list still shows the alarm.
      }
    },
  }
}

/** The permission as the "notify me" box shows it. */
export function notifyPermission(api: NotificationApi | null): NotifyPermission {
  return api ? api.permission : 'unsupported'
}

/**
 * Shows a browser notification for every new 'fired' transition while the user asked for them
 * and the browser allows them. The tag is the alarm, so a repeat replaces instead of stacking.
 */
export function startAlarmNotifier(alarms: AlarmStore, api: NotificationApi | null, describe: (t: AlarmTransition) => { title: string; body: string }): () => void {
  if (!api) return () => {}
  let seen = alarms.getState().transitions.at(-1)?.id ?? 0
  return alarms.subscribe((s) => {
    const last = s.transitions.at(-1)?.id ?? 0
    if (last <= seen) return
    const fresh = s.transitions.filter((t) => t.id > seen && t.kind === 'fired')
    seen = last
    if (!s.notify || api.permission !== 'granted') return
    for (const t of fresh) api.show(describe(t).title, { body: describe(t).body, tag: `${t.ruleId}|${t.deviceId}` })
  })
}
