/** The time span a card's chart shows. */
export const LIVE_WINDOW_MS = 15 * 60_000
/** The span in words, for captions ("+12 in 15 min"). */
export const LIVE_WINDOW_LABEL = '15 min'

const clock = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', hour12: false })

/**
 * End of the chart window: the moment live view was paused, else now rounded down to the second,
 * so every chart redraws at most once a second whatever the event rate.
 */
export function windowEnd(now: number, frozenAt: number | null): number {
  return frozenAt ?? Math.floor(now / 1000) * 1000
}

/** Caption under the charts: the span while live, the freeze time while paused. */
export function windowCaption(frozenAt: number | null): string {
  return frozenAt === null ? LIVE_WINDOW_LABEL : `paused at ${clock.format(frozenAt)}`
}
