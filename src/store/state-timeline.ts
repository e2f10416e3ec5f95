import { RingBuffer, type BufferLimits } from './ring-buffer'

/** State changes kept per binary type by default (several days of a busy door). */
export const DEFAULT_TIMELINE_CAPACITY = 512

/** State changes in time order, ready for a state strip. */
export interface TimelineSnapshot {
  readonly times: readonly number[]
  readonly states: readonly string[]
}

/**
 * Bounded timeline of state changes for a binary type (contact, motion, …). States are stored as
 * small codes in a RingBuffer, so ordering, late inserts, dedupe and limits follow its rules.
 * A point that repeats the state already in force is skipped: waterPresent repeats its state every
 * heartbeat, and only the changes are worth the memory.
 */
export class StateTimeline {
  private readonly buffer: RingBuffer
  private readonly names: string[] = []

  constructor(limits: Partial<BufferLimits> = {}) {
    this.buffer = new RingBuffer({ capacity: DEFAULT_TIMELINE_CAPACITY, ...limits })
  }

  /** Changes held. */
  get size(): number {
    return this.buffer.size
  }

  /** Records `state` from `time` on; false when that state was already in force (or duplicate). */
  push(time: number, state: string): boolean {
    let code = this.names.indexOf(state)
    if (code < 0) code = this.names.push(state) - 1
    const pos = this.buffer.upperBound(time)
    if (pos > 0 && this.buffer.valueAt(pos - 1) === code) return false
    return this.buffer.push(time, code)
  }

  /** The state in force at `time`, or undefined before the first change. */
  stateAt(time: number): string | undefined {
    const pos = this.buffer.upperBound(time)
    return pos > 0 ? this.names[this.buffer.valueAt(pos - 1)] : undefined
  }

  /** Time of the i-th change, oldest first (alarm rules read a timeline like a series). */
  timeAt(i: number): number {
    return this.buffer.timeAt(i)
  }

  /** State of the i-th change, oldest first. */
  stateOf(i: number): string | undefined {
    return this.names[this.buffer.valueAt(i)]
  }

  /** Index of the first change after `time` (size when none). */
  upperBound(time: number): number {
    return this.buffer.upperBound(time)
  }

  /** The newest state, or undefined when empty. */
  latest(): string | undefined {
    const code = this.buffer.lastValue()
    return code === undefined ? undefined : this.names[code]
  }

  /** Changes from `fromTime` on, led by the change in force at `fromTime` so a strip starts filled. */
  snapshot(fromTime?: number, toTime?: number): TimelineSnapshot {
    const start = fromTime === undefined ? undefined : this.startOf(fromTime)
    const raw = this.buffer.snapshot(start, toTime)
    return { times: raw.times, states: raw.values.map((code) => this.names[code] ?? '') }
  }

  /** Applies new limits; true when changes were dropped. */
  setLimits(limits: Partial<BufferLimits>): boolean {
    return this.buffer.setLimits(limits)
  }

  /** Removes every change. */
  clear(): void {
    this.buffer.clear()
  }

  private startOf(fromTime: number): number {
    const pos = this.buffer.lowerBound(fromTime)
    return pos > 0 ? this.buffer.timeAt(pos - 1) : fromTime
  }
}
