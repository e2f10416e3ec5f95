import type { SeriesKey, TimelineType } from '../../store'

/** How the big figure reads: plain, an active state (door open), an alert (water), or greyed. */
export type CardTone = 'normal' | 'active' | 'alert' | 'muted'

/** What a card's chart area shows; the arrays are module constants so memoised charts hold. */
export type CardChart =
  | { readonly kind: 'series'; readonly key: SeriesKey; readonly eventType: string }
  | { readonly kind: 'timeline'; readonly type: TimelineType; readonly activeStates: readonly string[]; readonly activeLabel: string }

/** A card's current value, formatted for display (the app builds it from a device record). */
export interface CardReading {
  /** The big figure: "-17.8", "OPEN", "Present", "ETHERNET", "—". */
  readonly value: string
  /** Unit beside the figure ("°C", "ppm"); "" for states. */
  readonly unit: string
  readonly kind: 'number' | 'state' | 'none'
  readonly tone: CardTone
  /** Secondary figures, shown small ("38.2 % RH", "1,012.4 hPa"). */
  readonly details: readonly string[]
  /** Event type whose accent colour the card uses. */
  readonly accentType: string
  /** When the shown value was reported, epoch ms; null when there is none. */
  readonly time: number | null
  readonly chart: CardChart | null
}

/** An alarm drawn on a card: red border and the rule's text (wired by the alarms feature). */
export interface CardAlarm {
  readonly severity: 'alarm' | 'warning'
  readonly text: string
}
