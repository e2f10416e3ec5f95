import type { ServerResponse } from 'node:http'
import { encodeStreamResult, projectName, toRfc3339, type DtEvent, type ErrorFrameLayout } from '../../src/dt'
import { matchesStream } from './filters'
import type { Stats } from './stats'
import { StreamConnection, type ConnectionEnv, type StreamSpec } from './stream-connection'
import { closingFrameJson, frame, type StreamFormat } from './stream-frames'
import type { DeviceRecord } from './world'

export interface HubDeps {
  stats: Stats
  now: () => number
  nextEventId: () => string
  layout: ErrorFrameLayout
  maxBufferedBytes: number
}

/** Every open stream, and the fan-out of each event to the streams whose filters match it. */
export class StreamHub {
  private readonly byProject = new Map<string, Set<StreamConnection>>()
  private stalled = false
  private nextId = 1
  private readonly env: ConnectionEnv

  constructor(private readonly deps: HubDeps) {
    this.env = {
      isStalled: () => this.stalled,
      maxBufferedBytes: deps.maxBufferedBytes,
      closingFrameJson: closingFrameJson(deps.layout),
      pingJson: (projectId) =>
        JSON.stringify(
          encodeStreamResult({
            eventType: 'ping',
            eventId: deps.nextEventId(),
            targetName: projectName(projectId),
            projectId,
            timestamp: toRfc3339(deps.now()),
            time: deps.now(),
            data: null,
          }),
        ),
      onClosed: (conn) => this.byProject.get(conn.spec.projectId)?.delete(conn),
      onSlowClient: () => deps.stats.droppedSlowClients++,
      onPing: () => deps.stats.pingsSent++,
    }
  }

  get openCount(): number {
    let n = 0
    for (const set of this.byProject.values()) n += set.size
    return n
  }

  get isStalled(): boolean {
    return this.stalled
  }

  open(res: ServerResponse, spec: StreamSpec): StreamConnection {
    const conn = new StreamConnection(this.nextId++, res, spec, this.env)
    let set = this.byProject.get(spec.projectId)
    if (!set) this.byProject.set(spec.projectId, (set = new Set()))
    set.add(conn)
    conn.start()
    return conn
  }

  /**
   * Sends an event to every matching stream. The JSON is built once, and each framing once, only
   * if some stream wants it: load mode pushes thousands of events a second through here.
   */
  dispatch(event: DtEvent, device: DeviceRecord, previousLabels?: Record<string, string>): void {
    const set = this.byProject.get(device.projectId)
    if (!set || set.size === 0) return
    let json: string | undefined
    let ndjson: string | undefined
    let sse: string | undefined
    const type = event.eventType === 'unknown' ? event.rawEventType : event.eventType
    for (const conn of set) {
      if (!matchesStream(conn.spec.filter, type, device, previousLabels)) continue
      json ??= JSON.stringify(encodeStreamResult(event))
      const text = conn.spec.format === 'sse' ? (sse ??= frame(json, 'sse')) : (ndjson ??= frame(json, 'ndjson'))
      if (conn.writeEvent(text)) this.deps.stats.eventsSent++
    }
  }

  /** Writes the same payload to every open stream regardless of filters (fault injection). */
  broadcast(textFor: (format: StreamFormat) => string): number {
    let n = 0
    for (const conn of this.all()) if (conn.write(textFor(conn.spec.format))) n++
    return n
  }

  /** Coalesces the writes of one simulator or load tick into one syscall per stream. */
  batch(fn: () => void): void {
    const conns = this.all()
    for (const c of conns) c.cork()
    try {
      fn()
    } finally {
      for (const c of conns) c.uncork()
    }
  }

  dropAll(): number {
    const conns = this.all()
    for (const c of conns) c.drop()
    return conns.length
  }

  stall(): void {
    this.stalled = true
  }

  resume(): void {
    this.stalled = false
    for (const c of this.all()) c.resumed()
  }

  endAll(): void {
    for (const c of this.all()) c.end()
  }

  connections(): StreamConnection[] {
    return this.all()
  }

  private all(): StreamConnection[] {
    const out: StreamConnection[] = []
    for (const set of this.byProject.values()) out.push(...set)
    return out
  }
}
