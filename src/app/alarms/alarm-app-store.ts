import { browserStorage } from '../../store'
import { createAlarmStore, type AlarmStore } from '../../store/alarms'

/** The tab's alarm rules, alarms and their history; rules persist in localStorage. */
export const alarmStore: AlarmStore = createAlarmStore({ storage: browserStorage() })
