import { sleep, until, type Dashboard } from '../lib/browser'
import type { BenchContext } from '../lib/context'
import { withStack } from '../lib/context'
import { openLiveDashboard } from '../lib/dashboard'
import { median, round } from '../lib/stats'
import { INGEST_DEVICES } from './ingest'

const RATE = 200
const PING_S = 2
const MARGIN_S = 1
const DROP_TARGET_MS = 1500
const STALL_TARGET_MS = (PING_S + MARGIN_S + 0.5) * 1000

async function liveWithEvents(dash: Dashboard, after: number): Promise<number> {
  return until(
    async () => {
      const live = (await dash.probe.transitions()).find((t) => t.at >= after && t.state === 'live' && t.firstEventAt !== undefined)
      return live ? Math.max(live.at, live.firstEventAt as number) : null
    },
    'the stream to be live with events again',
    30_000,
    20,
  )
}

/** Waits until the latest state is 'live' and an event arrived in it. */
function isLiveNow(dash: Dashboard): Promise<boolean> {
  return until(
    async () => {
      const last = (await dash.probe.transitions()).pop()
      return last?.state === 'live' && last.firstEventAt !== undefined
    },
    'a live stream with events',
    30_000,
    20,
  )
}

/**
 * Recovery: an abrupt drop (the emulator destroys the socket) until the stream is live again and
 * an event was applied; a stall (the emulator stops writing) until the watchdog leaves 'live'.
 * The page runs with a 2 s ping interval and a 1 s watchdog margin.
 */
export async function recovery(ctx: BenchContext): Promise<void> {
  const drops = ctx.opts.smoke ? 1 : 5
  const stalls = ctx.opts.smoke ? 1 : 3
  await withStack(ctx, INGEST_DEVICES, 0, async (stack) => {
    const dash = await openLiveDashboard(ctx, stack, { pingIntervalS: PING_S, watchdogMarginS: MARGIN_S, giveUpAfter: 0 })
    try {
      await stack.control.setRate(RATE)
      await sleep(1000)
      const back: number[] = []
      for (let i = 0; i < drops; i++) {
        await isLiveNow(dash)
        await sleep(500)
        const t0 = Date.now()
        await stack.control.drop()
        back.push((await liveWithEvents(dash, t0)) - t0)
      }
      const noticed: number[] = []
      for (let i = 0; i < stalls; i++) {
        await isLiveNow(dash)
        await sleep(500)
        const t0 = Date.now()
        await stack.control.stall()
        const left = await until(async () => (await dash.probe.transitions()).find((t) => t.at >= t0 && t.state !== 'live'), 'the watchdog to notice the stall', 30_000, 20)
        noticed.push(left.at - t0)
        await stack.control.resume()
        await liveWithEvents(dash, left.at)
      }
      await stack.control.setRate(0)
      const worstBack = Math.max(...back)
      const worstNoticed = Math.max(...noticed)
      ctx.row({ section: 'Recovery', measure: 'abrupt drop → live with events (worst)', value: round(worstBack), unit: 'ms', target: `≤ ${DROP_TARGET_MS} ms`, ...(ctx.opts.smoke ? {} : { pass: worstBack <= DROP_TARGET_MS }), note: `median ${round(median(back))} ms over ${drops} drop(s) at ${RATE}/s` })
      ctx.row({ section: 'Recovery', measure: 'stall noticed by the watchdog (worst)', value: round(worstNoticed), unit: 'ms', target: `≤ ${STALL_TARGET_MS} ms`, ...(ctx.opts.smoke ? {} : { pass: worstNoticed <= STALL_TARGET_MS }), note: `median ${round(median(noticed))} ms over ${stalls} stall(s); ping ${PING_S} s + margin ${MARGIN_S} s` })
      ctx.record('recovery', { rate: RATE, pingIntervalS: PING_S, watchdogMarginS: MARGIN_S, dropToLiveMs: back, stallNoticedMs: noticed })
    } finally {
      await dash.close()
    }
  })
}
