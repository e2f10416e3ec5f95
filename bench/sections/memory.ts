import { heapUsedMb, sleep } from '../lib/browser'
import type { BenchContext } from '../lib/context'
import { withStack } from '../lib/context'
import { dashboardConsumer, openLiveDashboard } from '../lib/dashboard'
import { mean, round, slope } from '../lib/stats'
import { INGEST_DEVICES } from './ingest'

const RATE = 500
const TOLERANCE = 0.1

/**
 * JS heap at 500 events/s, sampled after a forced GC: 10 min with --long (the last minute against
 * the second), 2 min otherwise (the last 30 s against the second 30 s), 30 s in the smoke run.
 */
export async function memory(ctx: BenchContext): Promise<void> {
  const totalMs = ctx.opts.smoke ? 20_000 : ctx.opts.long ? 600_000 : 120_000
  const spanMs = ctx.opts.long ? 60_000 : ctx.opts.smoke ? 5000 : 30_000
  const everyMs = ctx.opts.smoke ? 2500 : 5000
  await withStack(ctx, INGEST_DEVICES, 0, async (stack) => {
    const dash = await openLiveDashboard(ctx, stack)
    try {
      await stack.control.setRate(RATE)
      const t0 = Date.now()
      const samples: { t: number; mb: number }[] = []
      while (Date.now() - t0 < totalMs) {
        await sleep(Math.max(0, everyMs - ((Date.now() - t0) % everyMs)))
        samples.push({ t: (Date.now() - t0) / 1000, mb: await heapUsedMb(dash.cdp) })
      }
      await stack.control.setRate(0)
      const applied = await dashboardConsumer(dash).handled()
      const inSpan = (from: number, to: number) => samples.filter((s) => s.t * 1000 > from && s.t * 1000 <= to).map((s) => s.mb)
      const second = mean(inSpan(spanMs, 2 * spanMs))
      const last = mean(inSpan(totalMs - spanMs, totalMs))
      const change = (last - second) / second
      const label = ctx.opts.long ? 'last minute vs second minute' : `last ${spanMs / 1000} s vs second ${spanMs / 1000} s`
      const perMin = slope(samples.filter((s) => s.t * 1000 > spanMs).map((s) => s.t / 60), samples.filter((s) => s.t * 1000 > spanMs).map((s) => s.mb))
      ctx.row({ section: 'Memory', measure: `JS heap after GC, ${round(totalMs / 60_000, 1)} min at ${RATE}/s`, value: `${round(second)} → ${round(last)}`, unit: 'MB', note: `${label}; trend after the first ${spanMs / 1000} s ${round(perMin, 2)} MB/min; ${applied.toLocaleString('en-US')} events applied` })
      ctx.row({ section: 'Memory', measure: 'heap change, end vs start', value: round(change * 100), unit: '%', target: `within ±${TOLERANCE * 100} %`, ...(ctx.opts.smoke ? {} : { pass: Math.abs(change) <= TOLERANCE }), note: label })
      ctx.record('memory', { rate: RATE, totalMs, spanMs, samples, second, last, change, slopeMbPerMin: perMin })
    } finally {
      await dash.close()
    }
  })
}
