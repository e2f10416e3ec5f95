import type { AlarmKind } from '../../store/alarms'

/** One alarm in the list; texts already in the user's unit. */
export interface AlarmItemView {
  readonly key: string
  readonly kind: AlarmKind
  readonly deviceId: string
  readonly deviceName: string
  readonly ruleName: string
  /** "above −15 °C", "door open", "water detected", "no data" */
  readonly condition: string
  /** Door and offline: the words before the running time while firing ("door open", "no data for"). */
  readonly ongoing: string | undefined
  readonly phase: 'pending' | 'firing' | 'cleared'
  readonly acknowledged: boolean
  readonly startedAt: number
  readonly firedAt: number | undefined
  readonly clearedAt: number | undefined
  readonly delayS: number
  /** Most extreme value while past the threshold (threshold rules only). */
  readonly peak: string | undefined
}

/** One rule in the rule list. */
export interface RuleView {
  readonly id: string
  readonly name: string
  readonly condition: string
  /** The metric of a threshold rule, else the rule's kind. */
  readonly metric: string
  readonly scope: string
  /** "after 5 min, hysteresis 0.5 °C", "for longer than 5 min", "at once" */
  readonly timing: string
  readonly enabled: boolean
  /** Devices in scope that can produce the rule's signal. */
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
