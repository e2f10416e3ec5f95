/**
 * Threshold alarms: the rule model, the per-(rule, device) state machine over sample times, the
 * engine that runs it against the device store, and rule persistence. Framework-free.
 */
export * from './alarm-types'
export * from './alarm-step'
export * from './alarm-evaluate'
export * from './alarm-store'
export * from './alarm-engine'
export * from './alarm-text'
export * from './rule-scope'
export * from './rule-parse'
export * from './rule-storage'
export * from './rule-draft'
