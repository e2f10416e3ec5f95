import type { DtEvent } from '../dt'
import { createEventBatcher, type BatchOptions } from './event-batcher'
import { createEventDeduper } from './event-deduper'
import { createRateMeter, type StatusPublisher } from './status-publisher'
import { createTimerSlot } from './timer-slot'
import type { EventOrigin, StreamTimers } from './types'

/** Where decoded stream content and history pages go: dedupe, counters, batches, rate. */
export interface EventIntake {
  /** A device event from the stream (unknown types included). */
  streamEvent(event: DtEvent): void
  ping(): void
  malformed(error: string, raw: string): void
  /** History events; returns how many were new. Delivered at once, in one batch. */
  history(events: DtEvent[]): number
  flush(): void
  /** Starts or stops the once-a-second events-per-second update. */
  measure(on: boolean): void
}

const shorten = (text: string) => (text.length > 200 ? `${text.slice(0, 200)}…` : text)

/** Counts everything in the status draft and hands new events to `onEvents`; never throws. */
export function createEventIntake(options: {
  publisher: StatusPublisher
  timers: StreamTimers
  onEvents: (events: DtEvent[], origin: EventOrigin) => void
  batch?: BatchOptions
  dedupeCapacity?: number
}): EventIntake {
  const { publisher, timers } = options
  const s = publisher.draft
  // One set for stream and history: whichever delivers an eventId first wins (README §3.5).
  const deduper = createEventDeduper(options.dedupeCapacity)
  const meter = createRateMeter(timers.now)
  const ticker = createTimerSlot(timers)

  function deliver(events: DtEvent[], origin: EventOrigin) {
    try {
      options.onEvents(events, origin)
    } catch (e) {
      s.totals.dropped += events.length
      publisher.touched()
      console.error('stream: onEvents failed', e)
    }
  }

  const batcher = createEventBatcher({
    ...options.batch,
    timers,
    deliver: (events) => deliver(events, 'stream'),
    onDrop: (n) => {
      s.totals.dropped += n
      publisher.touched()
    },
  })

  function tick() {
    const rate = meter.rate()
    if (rate !== s.eventsPerSecond) {
      s.eventsPerSecond = rate
      publisher.touched()
    }
    ticker.set(tick, 1000)
  }

  return {
    streamEvent(event) {
      if (!deduper.add(event.eventId)) return
      s.totals.events++
      if (event.eventType === 'unknown') s.totals.unknownTypes++
      s.lastEventAt = timers.now()
      meter.record()
      batcher.push(event)
      publisher.touched()
    },
    ping() {
      s.totals.pings++
      s.lastPingAt = timers.now()
      publisher.touched()
    },
    malformed(error, raw) {
      s.totals.malformed++
      s.lastMalformed = shorten(error || raw)
      publisher.touched()
    },
    history(events) {
      const fresh = events.filter((e) => deduper.add(e.eventId))
      if (fresh.length > 0) deliver(fresh, 'history')
      return fresh.length
    },
    flush: () => batcher.flush(),
    measure(on) {
      if (on && !ticker.armed) ticker.set(tick, 1000)
      if (!on) {
        ticker.clear()
        meter.reset()
        s.eventsPerSecond = 0
      }
    },
  }
}
