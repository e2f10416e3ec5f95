import { fileURLToPath } from 'node:url'
import { DEMO_CREDENTIALS } from '../../server/emulator/demo-credentials'
import { until } from '../lib/browser'
import type { BenchContext } from '../lib/context'
import { withStack } from '../lib/context'
import { findMaxRate, type RateResult } from '../lib/keep-up'
import { spawnLineCounter } from '../lib/processes'
import { round } from '../lib/stats'
import { INGEST_DEVICES, LADDER, cpuNote, instrumented, measuresOf, windows } from './ingest'

const client = (name: string) => fileURLToPath(new URL(`../clients/${name}`, import.meta.url))

interface ClientSpec {
  name: string
  label: string
  command: string
  args: string[]
}

const CLIENTS: ClientSpec[] = [
  { name: 'eventsource', label: 'Node `eventsource` client', command: process.execPath, args: [client('eventsource-client.cjs')] },
  { name: 'requests', label: 'Python `requests` NDJSON reader', command: 'python3', args: [client('requests_reader.py')] },
]

/**
 * The simple clients of DT's documentation against the same emulator, device count, rates and
 * windows as the dashboard, one at a time with nothing else reading: one printed line per event,
 * counted on their stdout.
 */
export async function reference(ctx: BenchContext, dashboardBest: RateResult | null): Promise<void> {
  const w = windows(ctx.opts.smoke)
  const results: Record<string, unknown> = {}
  await withStack(ctx, INGEST_DEVICES, 0, async (stack) => {
    for (const spec of CLIENTS) {
      const spawnClient = () =>
        spawnLineCounter(spec.command, spec.args, {
          DT_API_URL: `${stack.emulator.url}/v2`,
          DT_PROJECT_ID: DEMO_CREDENTIALS.projectId,
          DT_SERVICE_ACCOUNT_KEY_ID: DEMO_CREDENTIALS.keyId,
          DT_SERVICE_ACCOUNT_SECRET: DEMO_CREDENTIALS.secret,
        })
      const streamOpen = async () => (await stack.control.stats()).openStreams === 1
      let proc = spawnClient()
      // Lines printed by clients that were replaced, so that `handled` stays cumulative.
      let carried = 0
      try {
        await until(streamOpen, `the ${spec.name} client's stream`, 20_000, 100)
        const consumer = {
          name: spec.name,
          handled: async () => carried + proc.lines(),
          // DT's simple examples do not reconnect (requests) or take a moment to (eventsource):
          // after a rate that overran one, wait for its stream or start a fresh client.
          prepare: async () => {
            if (await until(streamOpen, 'a reconnect', 5000, 100).then(() => true, () => false)) return
            carried += proc.lines()
            await proc.stop()
            proc = spawnClient()
            subjects.client = proc
            await until(streamOpen, `a new ${spec.name} client's stream`, 20_000, 100)
          },
        }
        const subjects = { emulator: stack.emulator, client: proc }
        const rates = ctx.opts.smoke ? [200] : LADDER
        const found = await findMaxRate(stack.control, consumer, rates, instrumented(w.step, null, subjects), w.confirm ? instrumented(w.confirm, null, subjects) : null, ctx.log)
        const best = found.best?.rate ?? 0
        const failed = found.ladder.find((r) => !r.keptUp)
        ctx.row({
          section: 'Reference',
          measure: `${spec.label}: max sustained rate`,
          value: best,
          unit: 'events/s',
          note: `${failed ? `${failed.rate.toLocaleString('en-US')}/s failed: ${failed.why.join('; ')}` : 'top of the ladder'}${found.limitedBy === 'emulator' ? ' (the emulator’s limit: the client may go faster)' : ''}; ${cpuNote(measuresOf(found.best).cpu)}`,
        })
        if (dashboardBest && best > 0 && !ctx.opts.smoke) {
          ctx.row({ section: 'Reference', measure: `dashboard ÷ ${spec.name} client`, value: round(dashboardBest.rate / best, 2), unit: '×', note: `${dashboardBest.rate.toLocaleString('en-US')} / ${best.toLocaleString('en-US')} events/s` })
        }
        results[spec.name] = found
      } finally {
        await proc.stop()
      }
    }
  })
  ctx.record('reference', results)
}
