import type { StateTimeline } from '../state-timeline'
import type { SampleSource } from './alarm-step'

/**
 * A state timeline read as samples: 1 while in `active` (OPEN, PRESENT), 0 otherwise. The timeline
 * keeps only changes, and the state machine holds a sample until the next one, so "open for
 * longer than the delay" is exactly "above 0.5 for the delay" over these samples.
 */
export function timelineSource(timeline: StateTimeline, active: string): SampleSource {
  return {
    get size() {
      return timeline.size
    },
    timeAt: (i) => timeline.timeAt(i),
    valueAt: (i) => (timeline.stateOf(i) === active ? 1 : 0),
    upperBound: (time) => timeline.upperBound(time),
  }
}
