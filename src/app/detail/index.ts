/** The device detail view and the session hook-up for its history ranges. */
export { DeviceDetailContainer } from './device-detail-container'
export { provideHistoryAccess, historyAccessStore, type HistoryAccess } from './history-access'
export { detailNavigation } from './use-detail-navigation'
