/** Alarms: the right-rail panel, the engine hook the app calls once, and the card badge hook. */
export { AlarmsContainer } from './alarms-container'
export { useAlarmEngine } from './use-alarm-engine'
export { useDeviceAlarm, type DeviceAlarmBadge } from './use-device-alarm'
export { alarmStore } from './alarm-app-store'
