/** One alarm in the list; texts already in the user's unit. */
export interface AlarmItemView {
  readonly key: string
  readonly deviceId: string
  readonly deviceName: string
  readonly ruleName: string
  /** "above −15 °C" */
  readonly condition: string
  readonly phase: 'pending' | 'firing' | 'cleared'
  readonly acknowledged: boolean
  readonly startedAt: number
  readonly firedAt: number | undefined
  readonly clearedAt: number | undefined
  readonly delayS: number
  /** Most extreme value while past the threshold. */
  readonly peak: string
}

/** One rule in the rule list. */
export interface RuleView {
  readonly id: string
  readonly name: string
  readonly condition: string
  readonly metric: string
  readonly scope: string
  /** "after 5 min, clears 0.5 ° inside" */
  readonly timing: string
  readonly enabled: boolean
  /** Devices in scope that carry the metric. */
  readonly watching: number
}

/** One line of the alarm history. */
export interface TransitionView {
  readonly id: number
  readonly kind: 'pending' | 'resolved' | 'fired' | 'cleared' | 'acknowledged'
  readonly time: number
  readonly deviceName: string
  readonly text: string
}

/** Browser notification support as the "notify me" box needs it. */
export type NotifyPermission = 'unsupported' | 'default' | 'denied' | 'granted'
