import type { BenchContext } from '../lib/context'
import { withStack } from '../lib/context'
import { chartsOnScreen, dashboardConsumer, openLiveDashboard } from '../lib/dashboard'
import type { Dashboard } from '../lib/browser'
import { findMaxRate, runAtRate, type RateOptions, type RateResult } from '../lib/keep-up'
import { startCpuMeter, type CpuSubjects } from '../lib/processes'
import { frameRate, round } from '../lib/stats'

export const INGEST_DEVICES = 2000
const TARGET_RATE = 5000
const TARGET_FPS = 50

/** Rates tried, lowest first, in events per second (the smoke run tries a low one only). */
export const LADDER = [1000, 2000, 3000, 5000, 7500, 10_000, 15_000, 20_000, 30_000, 40_000, 50_000, 60_000, 80_000]

export interface Windows {
  step: RateOptions
  confirm: RateOptions | null
}

/** Ladder steps of 10 s and a 60 s confirmation; the smoke run uses a few seconds and no confirmation. */
export function windows(smoke: boolean): Windows {
  return smoke
    ? { step: { warmupMs: 1000, windowMs: 3000 }, confirm: null }
    : { step: { warmupMs: 3000, windowMs: 10_000 }, confirm: { warmupMs: 3000, windowMs: 60_000 } }
}

/** What an instrumented window measured besides keeping up. */
export interface WindowMeasures {
  fps?: ReturnType<typeof frameRate>
  cpu?: Record<string, number>
}

/** Adds frame rate (rAF in the page) and CPU (/proc) of each window to its result's `extra`. */
export function instrumented(base: RateOptions, dash: Dashboard | null, subjects: CpuSubjects): RateOptions {
  let from = 0
  let stopCpu: (() => Record<string, number>) | null = null
  return {
    ...base,
    onWindowStart: async () => {
      if (dash) from = await dash.probe.pageNow()
      stopCpu = startCpuMeter(subjects)
    },
    onWindowEnd: async () => {
      const cpu = stopCpu?.() ?? {}
      const fps = dash ? frameRate(await dash.probe.frames(from, await dash.probe.pageNow())) : undefined
      return { cpu, ...(fps ? { fps } : {}) }
    },
  }
}

export const measuresOf = (r: RateResult | null | undefined): WindowMeasures => (r?.extra ?? {}) as WindowMeasures

const CPU_NAMES: Record<string, string> = { browser: 'browser', emulator: 'emulator', app: 'app server', client: 'client' }

/** "CPU % of a core: browser 140, emulator 35, …" for the processes measured. */
export const cpuNote = (cpu: Record<string, number> | undefined) =>
  cpu
    ? `CPU % of a core: ${Object.entries(CPU_NAMES)
        .filter(([k]) => cpu[k] !== undefined && (k !== 'browser' || cpu[k] > 2))
        .map(([k, name]) => `${name} ${cpu[k]}`)
        .join(', ')}`
    : ''

/**
 * Ingest: the highest rate the dashboard keeps up with (across 2,000 devices, with the card grid
 * and its charts on screen), then 60 s at 5,000 events/s for the target. Frame rate from rAF.
 */
export async function ingest(ctx: BenchContext): Promise<{ best: RateResult | null }> {
  const w = windows(ctx.opts.smoke)
  return withStack(ctx, INGEST_DEVICES, 0, async (stack) => {
    const dash = await openLiveDashboard(ctx, stack)
    try {
      const charts = await chartsOnScreen(dash)
      ctx.log(`ingest: ${charts} charts on screen`)
      const consumer = dashboardConsumer(dash)
      const subjects = { emulator: stack.emulator, app: stack.app }
      const rates = ctx.opts.smoke ? [200] : LADDER
      const confirm = w.confirm ? instrumented(w.confirm, dash, subjects) : null
      const found = await findMaxRate(stack.control, consumer, rates, instrumented(w.step, dash, subjects), confirm, ctx.log)
      const best = found.best
      const m = measuresOf(best)
      const failed = found.ladder.find((r) => !r.keptUp)
      ctx.row({
        section: 'Ingest',
        measure: `max sustained rate, ${INGEST_DEVICES.toLocaleString('en-US')} devices`,
        value: best?.rate ?? 0,
        unit: 'events/s',
        ...(ctx.opts.smoke ? {} : { target: `≥ ${TARGET_RATE.toLocaleString('en-US')}`, pass: (best?.rate ?? 0) >= TARGET_RATE }),
        note: `${((w.confirm ?? w.step).windowMs / 1000).toString()} s window; ${failed ? `${failed.rate.toLocaleString('en-US')}/s failed: ${failed.why.join('; ')}` : 'top of the ladder'}${found.limitedBy === 'emulator' ? ' (the emulator’s limit, not the dashboard’s)' : ''}`,
      })
      const smooth = found.ladder.filter((r) => r.keptUp && (measuresOf(r).fps?.median ?? 0) >= TARGET_FPS).pop()
      if (!ctx.opts.smoke) {
        ctx.row({ section: 'Ingest', measure: `max rate at ≥ ${TARGET_FPS} fps median`, value: smooth?.rate ?? 0, unit: 'events/s', note: `from the ${w.step.windowMs / 1000} s ladder steps${smooth ? `; p5 ${round(measuresOf(smooth).fps?.p5 ?? Number.NaN)} fps there` : ''}` })
      }
      if (best && m.fps) {
        ctx.row({ section: 'Ingest', measure: `frame rate at ${best.rate.toLocaleString('en-US')}/s (median / p5)`, value: `${round(m.fps.median)} / ${round(m.fps.p5)}`, unit: 'fps', note: `${charts} charts on screen; ${cpuNote(m.cpu)}` })
      }

      let atTarget: RateResult | null = null
      if (!ctx.opts.smoke) {
        atTarget = await runAtRate(stack.control, consumer, TARGET_RATE, instrumented({ warmupMs: 3000, windowMs: 60_000 }, dash, subjects))
        ctx.log(`  dashboard @ ${TARGET_RATE}/s for 60 s: ${atTarget.keptUp ? 'kept up' : `no (${atTarget.why.join('; ')})`}`)
        const t = measuresOf(atTarget)
        ctx.row({
          section: 'Ingest',
          measure: `${TARGET_RATE.toLocaleString('en-US')}/s for 60 s: kept up`,
          value: atTarget.keptUp ? 'yes' : 'no',
          target: 'yes',
          pass: atTarget.keptUp,
          note: atTarget.keptUp ? `applied == sent (${atTarget.handledRate.toLocaleString('en-US')}/s applied); backlog ${atTarget.backlogEnd} at the end` : atTarget.why.join('; '),
        })
        if (t.fps) {
          ctx.row({ section: 'Ingest', measure: `frame rate at ${TARGET_RATE.toLocaleString('en-US')}/s (median)`, value: round(t.fps.median), unit: 'fps', target: `≥ ${TARGET_FPS}`, pass: t.fps.median >= TARGET_FPS, note: `p5 ${round(t.fps.p5)} fps, longest frame ${round(t.fps.longest)} ms; ${cpuNote(t.cpu)}` })
        }
      }
      ctx.record('ingest', { devices: INGEST_DEVICES, charts, ladder: found.ladder, confirmed: found.confirmed, limitedBy: found.limitedBy, atTarget })
      return { best }
    } finally {
      await dash.close()
    }
  })
}
