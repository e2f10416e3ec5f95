/**
 * Alarms: the rule model (thresholds, door open, water, offline), the per-(rule, device) state
 * machine over sample times, the offline sweep over the clock, the engine that runs them against
 * the device store, and rule persistence. Framework-free.
 */
export * from './alarm-types'
export * from './alarm-step'
export * from './alarm-evaluate'
export * from './alarm-store'
export * from './alarm-engine'
export * from './alarm-text'
export * from './rule-scope'
export * from './timeline-source'
export * from './offline-step'
export * from './offline-sweep'
export * from './listening-gate'
export * from './rule-parse'
export * from './rule-storage'
export * from './rule-draft'
