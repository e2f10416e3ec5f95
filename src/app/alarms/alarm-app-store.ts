import { createAlarmStore, type AlarmStore, type RuleStorage } from '../../store/alarms'

function browserStorage(): RuleStorage | null {
  try {
    // Reading localStorage throws in sandboxed frames and some privacy modes.
    return (globalThis as { localStorage?: Storage }).localStorage ?? null
  } catch {
    return null
  }
}

/** The tab's alarm rules, alarms and their history; rules persist in localStorage. */
export const alarmStore: AlarmStore = createAlarmStore({ storage: browserStorage() })
