import type { EmulatorControl } from './emulator-control'
import { sleep } from './browser'
import { round, slope } from './stats'

/** Something reading the emulator's one stream: the dashboard, or a reference client. */
export interface Consumer {
  name: string
  /** Events fully handled so far (applied to the store, printed), cumulative. */
  handled(): Promise<number>
  /** Counters that disqualify a run when they grow (drops, reconnects), cumulative. */
  problems?(): Promise<Record<string, number>>
  /** Makes sure the consumer is reading before a run (restarts a client that gave up). */
  prepare?(): Promise<void>
}

export interface RateOptions {
  warmupMs: number
  windowMs: number
  /** Longest wait for the last events after the load stops. */
  drainTimeoutMs?: number
  onWindowStart?: () => Promise<void> | void
  /** Its answer is kept with the result (frame rate, CPU of that window). */
  onWindowEnd?: () => Promise<Record<string, unknown>> | Record<string, unknown>
}

/** How one rate went. */
export interface RateResult {
  rate: number
  /** Rate the emulator actually sent during the window. */
  offered: number
  /** Rate the consumer handled during the window. */
  handledRate: number
  keptUp: boolean
  /** Handled == sent exactly once the load stopped and the pipe drained. */
  exact: boolean
  /** Backlog growth over the window, events per second (≈ 0 when keeping up). */
  backlogSlope: number
  /** Sent but not yet handled at the end of the window. */
  backlogEnd: number
  drainMs: number
  why: string[]
  /** What `onWindowEnd` measured. */
  extra: Record<string, unknown>
}

async function sentOnStream(control: EmulatorControl): Promise<{ id: number; sent: number } | null> {
  const s = await control.stats()
  const stream = s.streams.length === 1 ? s.streams[0] : undefined
  return stream ? { id: stream.id, sent: stream.eventsSent } : null
}

/** Waits until the consumer has handled everything sent, or nothing moves any more. */
async function drain(control: EmulatorControl, consumer: Consumer, base: { sent: number; handled: number }, timeoutMs: number) {
  const started = Date.now()
  let last = { sent: -1, handled: -1 }
  let stableSince = Date.now()
  for (;;) {
    const stream = await sentOnStream(control)
    const handled = await consumer.handled()
    const sent = stream?.sent ?? last.sent
    if (stream && sent - base.sent === handled - base.handled) return { sent, handled, id: stream.id, ms: Date.now() - started }
    if (sent !== last.sent || handled !== last.handled) stableSince = Date.now()
    last = { sent, handled }
    if (Date.now() - stableSince > 2000 || Date.now() - started > timeoutMs) return { sent, handled, id: stream?.id ?? -1, ms: Date.now() - started }
    await sleep(100)
  }
}

/**
 * Runs the emulator at `rate` for a warm-up and a window, then stops the load and waits for the
 * pipe to drain. The consumer keeps up when, over the window, the backlog (sent − handled) does
 * not grow, it stays under a second of events, and after the drain handled equals sent exactly,
 * on the same stream, with nothing dropped.
 */
export async function runAtRate(control: EmulatorControl, consumer: Consumer, rate: number, o: RateOptions): Promise<RateResult> {
  await control.setRate(0)
  await consumer.prepare?.()
  const start = await drain(control, consumer, { sent: 0, handled: 0 }, 5000)
  const base = { sent: start.sent, handled: start.handled }
  const problemsBefore = (await consumer.problems?.()) ?? {}
  const slowDropsBefore = (await control.stats()).droppedSlowClients
  await control.setRate(rate)
  await sleep(o.warmupMs)
  await o.onWindowStart?.()
  const t0 = Date.now()
  const firstStream = await sentOnStream(control)
  const first = { sent: firstStream?.sent ?? 0, handled: await consumer.handled() }
  let reopened = false
  const xs: number[] = []
  const backlog: number[] = []
  let lastSample = first
  while (Date.now() - t0 < o.windowMs) {
    await sleep(Math.min(1000, Math.max(0, o.windowMs - (Date.now() - t0))))
    const stream = await sentOnStream(control)
    if (stream?.id !== firstStream?.id) reopened = true
    const sent = stream?.sent ?? lastSample.sent
    const handled = await consumer.handled()
    lastSample = { sent, handled }
    xs.push((Date.now() - t0) / 1000)
    backlog.push(sent - base.sent - (handled - base.handled))
  }
  const seconds = (Date.now() - t0) / 1000
  const extra = (await o.onWindowEnd?.()) ?? {}
  await control.setRate(0)
  const end = await drain(control, consumer, base, o.drainTimeoutMs ?? 20_000)
  const problemsAfter = (await consumer.problems?.()) ?? {}
  const slowDrops = (await control.stats()).droppedSlowClients - slowDropsBefore
  const problems = Object.entries(problemsAfter)
    .filter(([k, v]) => v > (problemsBefore[k] ?? 0))
    .map(([k, v]) => `${k}: ${v - (problemsBefore[k] ?? 0)}`)
  const offered = (lastSample.sent - first.sent) / seconds
  const handledRate = (lastSample.handled - first.handled) / seconds
  const exact = end.id === start.id && end.sent - base.sent === end.handled - base.handled
  const growth = slope(xs, backlog)
  const backlogEnd = backlog[backlog.length - 1] ?? 0
  const why: string[] = [...problems]
  // The emulator drops a stream whose reader leaves too much unread (server/emulator/options.ts).
  if (slowDrops > 0) why.push(`the emulator dropped the stream ${slowDrops} time(s) for reading too slowly (16 MB unread)`)
  if (end.id !== start.id) why.push('the stream was reopened')
  else if (!exact) why.push(`handled ${end.handled - base.handled} of ${end.sent - base.sent} sent after ${round(end.ms / 1000)} s of draining`)
  if (growth > Math.max(5, 0.02 * rate)) why.push(`backlog grew ${round(growth)} events/s`)
  if (backlogEnd > Math.max(200, rate)) why.push(`backlog ${backlogEnd} events at the end of the window`)
  // Counts from two different streams (or none open when the window began) say nothing about the
  // rate offered; the reopen is reported above.
  const oneStream = !reopened && firstStream !== null && end.id === start.id
  if (oneStream && offered < 0.95 * rate) why.push(`the emulator sent only ${round(offered)} events/s`)
  return { rate, offered: round(offered), handledRate: round(handledRate), keptUp: why.length === 0, exact, backlogSlope: round(growth), backlogEnd, drainMs: end.ms, why, extra }
}

/** Walks up `rates` until one fails; then confirms the best with the long window, stepping down until one holds. */
export async function findMaxRate(
  control: EmulatorControl,
  consumer: Consumer,
  rates: readonly number[],
  step: RateOptions,
  confirm: RateOptions | null,
  log: (line: string) => void,
): Promise<{ best: RateResult | null; ladder: RateResult[]; confirmed: RateResult | null; limitedBy: string }> {
  const ladder: RateResult[] = []
  let limitedBy = 'highest rate tried'
  for (const rate of rates) {
    const r = await runAtRate(control, consumer, rate, step)
    ladder.push(r)
    log(`  ${consumer.name} @ ${rate}/s: ${r.keptUp ? 'kept up' : `no (${r.why.join('; ')})`}`)
    if (!r.keptUp) {
      limitedBy = r.why.some((w) => w.startsWith('the emulator sent only')) && r.why.length === 1 ? 'emulator' : consumer.name
      break
    }
  }
  const passing = ladder.filter((r) => r.keptUp).map((r) => r.rate)
  if (!confirm) return { best: ladder.filter((r) => r.keptUp).pop() ?? null, ladder, confirmed: null, limitedBy }
  // Down the passing rates until one holds for the long window: a client that holds none has no sustained rate.
  for (let i = passing.length - 1; i >= 0; i--) {
    const r = await runAtRate(control, consumer, passing[i] as number, confirm)
    log(`  ${consumer.name} @ ${r.rate}/s for ${confirm.windowMs / 1000} s: ${r.keptUp ? 'kept up' : `no (${r.why.join('; ')})`}`)
    if (r.keptUp) return { best: r, ladder, confirmed: r, limitedBy }
  }
  return { best: null, ladder, confirmed: null, limitedBy }
}
