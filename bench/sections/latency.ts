import { sleep } from '../lib/browser'
import type { BenchContext } from '../lib/context'
import { withStack } from '../lib/context'
import { openLiveDashboard } from '../lib/dashboard'
import { percentile, round } from '../lib/stats'
import { INGEST_DEVICES } from './ingest'

const RATE = 200
const TARGET_P95_MS = 150

/**
 * Event-to-paint latency at 200 events/s: from the event's time at the emulator (it writes the
 * event in the same tick) to the first paint after the batch holding it was applied to the store.
 * The emulator and the browser share this machine's clock.
 */
export async function latency(ctx: BenchContext): Promise<void> {
  const windowMs = ctx.opts.smoke ? 3000 : 30_000
  await withStack(ctx, INGEST_DEVICES, 0, async (stack) => {
    const dash = await openLiveDashboard(ctx, stack)
    try {
      await stack.control.setRate(RATE)
      await sleep(2000)
      await dash.probe.resetLatency()
      await sleep(windowMs)
      const samples = await dash.probe.latency()
      await stack.control.setRate(0)
      const p50 = percentile(samples, 50)
      const p95 = percentile(samples, 95)
      ctx.row({ section: 'Latency', measure: `event → paint p50 at ${RATE}/s`, value: round(p50), unit: 'ms', note: `${samples.length.toLocaleString('en-US')} events over ${windowMs / 1000} s` })
      ctx.row({ section: 'Latency', measure: `event → paint p95 at ${RATE}/s`, value: round(p95), unit: 'ms', target: `≤ ${TARGET_P95_MS} ms`, ...(ctx.opts.smoke ? {} : { pass: p95 <= TARGET_P95_MS }), note: `p99 ${round(percentile(samples, 99))} ms, max ${round(Math.max(...samples))} ms` })
      ctx.record('latency', { rate: RATE, windowMs, count: samples.length, p50, p95, p99: percentile(samples, 99), max: Math.max(...samples), min: Math.min(...samples) })
    } finally {
      await dash.close()
    }
  })
}
