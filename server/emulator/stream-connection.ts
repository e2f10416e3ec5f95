import type { ServerResponse } from 'node:http'
import type { StreamFilter } from './filters'
import { frame, type StreamFormat } from './stream-frames'

export interface StreamSpec {
  projectId: string
  format: StreamFormat
  filter: StreamFilter
  pingMs: number | undefined
  maxDurationMs: number
}

/** What a connection needs from the hub that owns it. */
export interface ConnectionEnv {
  isStalled(): boolean
  maxBufferedBytes: number
  closingFrameJson: string
  pingJson(projectId: string): string
  onClosed(conn: StreamConnection): void
  onSlowClient(conn: StreamConnection): void
  onPing(): void
}

/** One open `devices:stream` response: its timers, counters and the write path. */
export class StreamConnection {
  eventsSent = 0
  pingsSent = 0
  closed = false
  readonly openedAt = Date.now()
  private pingTimer: NodeJS.Timeout | undefined
  private endTimer: NodeJS.Timeout | undefined
  private endPending = false

  constructor(
    readonly id: number,
    private readonly res: ServerResponse,
    readonly spec: StreamSpec,
    private readonly env: ConnectionEnv,
  ) {}

  /** Bytes written but not yet handed to the socket: a reader falling behind shows here first. */
  get bufferedBytes(): number {
    return this.closed ? 0 : this.res.writableLength
  }

  start(): void {
    const sse = this.spec.format === 'sse'
    this.res.writeHead(200, {
      // Exactly this string: the Swift SDK ignores `text/event-stream; charset=…` (README §3.2).
      'Content-Type': sse ? 'text/event-stream' : 'application/json',
      'Cache-Control': 'no-cache, no-transform',
      'X-Accel-Buffering': 'no',
      Connection: 'keep-alive',
    })
    this.res.flushHeaders()
    this.res.socket?.setNoDelay(true)
    this.res.on('close', () => this.cleanup())
    // A write racing a vanished client must not surface as an unhandled 'error' event.
    this.res.on('error', () => this.cleanup())
    if (this.spec.pingMs !== undefined) this.pingTimer = setInterval(() => this.ping(), this.spec.pingMs)
    this.endTimer = setTimeout(() => this.finish(), this.spec.maxDurationMs)
  }

  /**
   * Writes one whole message in one `write`, so each arrives as one chunk (the Swift SDK parses
   * chunk by chunk). Returns false when nothing was written.
   */
  write(text: string): boolean {
    if (this.closed || this.env.isStalled()) return false
    this.res.write(text)
    if (this.res.writableLength > this.env.maxBufferedBytes) {
      this.env.onSlowClient(this)
      this.drop()
      return false
    }
    return true
  }

  writeEvent(text: string): boolean {
    if (!this.write(text)) return false
    this.eventsSent++
    return true
  }

  cork(): void {
    if (!this.closed) this.res.cork()
  }

  uncork(): void {
    if (!this.closed) this.res.uncork()
  }

  /** Ends as DT does after its maximum stream length: the 408 frame, then a clean end. */
  finish(): void {
    if (this.closed) return
    if (this.env.isStalled()) {
      this.endPending = true
      return
    }
    this.res.write(frame(this.env.closingFrameJson, this.spec.format))
    this.res.end()
    this.cleanup()
  }

  /** Cuts the TCP connection with no frame and no chunked terminator. */
  drop(): void {
    if (this.closed) return
    this.res.destroy()
    this.cleanup()
  }

  /** Ends without an error frame, as on emulator shutdown. */
  end(): void {
    if (this.closed) return
    this.res.end()
    this.cleanup()
  }

  resumed(): void {
    if (this.endPending) this.finish()
  }

  private ping(): void {
    if (this.write(frame(this.env.pingJson(this.spec.projectId), this.spec.format))) {
      this.pingsSent++
      this.env.onPing()
    }
  }

  private cleanup(): void {
    if (this.closed) return
    this.closed = true
    clearInterval(this.pingTimer)
    clearTimeout(this.endTimer)
    this.env.onClosed(this)
  }
}
