/**
 * `npm run bench`: builds the app, runs each measurement against the emulator in load mode
 * through dt-live's own server in headless Chromium, prints a table and writes the raw numbers
 * to bench/results.json. Flags: --long, --smoke, --only <sections>, --port-base <n>,
 * --static-dir <dir>, --skip-build, --out <file>. See README, "Performance".
 */
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { cpus, tmpdir, totalmem } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { chromiumPath } from './lib/browser'
import { build } from './lib/build'
import { sharedBrowser, type BenchContext, type BenchOptions } from './lib/context'
import type { RateResult } from './lib/keep-up'
import { formatTable, type Row } from './lib/table'
import { smokeProblems } from './lib/smoke'
import { ingest } from './sections/ingest'
import { latency } from './sections/latency'
import { memory } from './sections/memory'
import { recovery } from './sections/recovery'
import { reference } from './sections/reference'
import { scale } from './sections/scale'
import { size } from './sections/size'

export const SECTIONS = ['size', 'ingest', 'latency', 'memory', 'recovery', 'scale', 'reference'] as const

function options(): BenchOptions {
  const { values } = parseArgs({
    options: {
      long: { type: 'boolean', default: false },
      smoke: { type: 'boolean', default: false },
      only: { type: 'string' },
      'port-base': { type: 'string' },
      'static-dir': { type: 'string' },
      'skip-build': { type: 'boolean', default: false },
      out: { type: 'string' },
    },
  })
  const only = values.only ? values.only.split(',').map((s) => s.trim()).filter(Boolean) : [...SECTIONS]
  for (const s of only) if (!(SECTIONS as readonly string[]).includes(s)) throw new Error(`unknown section "${s}"; sections: ${SECTIONS.join(', ')}`)
  const portBase = Number(values['port-base'] ?? (values.smoke ? 4540 : 4500))
  if (!Number.isInteger(portBase) || portBase < 1024 || portBase > 65_000) throw new Error(`--port-base must be a port number, got "${values['port-base']}"`)
  return {
    long: values.long ?? false,
    smoke: values.smoke ?? false,
    only,
    portBase,
    staticDir: values['static-dir'] ?? join(tmpdir(), 'dt-live-bench-dist'),
    skipBuild: values['skip-build'] ?? false,
    out: values.out ?? (values.smoke ? 'bench/results-smoke.json' : 'bench/results.json'),
  }
}

function versionOf(command: string, args: string[]): string {
  try {
    return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim().split('\n')[0] ?? ''
  } catch {
    return 'unknown'
  }
}

async function main(): Promise<void> {
  const opts = options()
  const rows: Row[] = []
  const records: Record<string, unknown> = {}
  const errors: string[] = []
  const browser = sharedBrowser()
  const started = Date.now()
  const ctx: BenchContext = {
    opts,
    browser: browser.get,
    log: (line) => console.log(line),
    row: (row) => rows.push(row),
    record: (section, data) => void (records[section] = data),
  }
  const wants = (s: string) => opts.only.includes(s)

  if (!opts.skipBuild) {
    console.log(`bench: building the app into ${opts.staticDir}`)
    await build(opts.staticDir)
  }
  let best: RateResult | null = null
  const run = async (name: string, fn: () => Promise<unknown>) => {
    if (!wants(name)) return
    console.log(`bench: ${name}…`)
    const t0 = Date.now()
    try {
      await fn()
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e)
      errors.push(`${name}: ${message}`)
      rows.push({ section: name, measure: 'error', value: 'n/a', pass: false, note: message.split('\n')[0] ?? '' })
      console.error(`bench: ${name} failed:`, e)
    }
    console.log(`bench: ${name} took ${Math.round((Date.now() - t0) / 1000)} s`)
  }
  try {
    await run('size', () => size(ctx))
    await run('ingest', async () => void (best = (await ingest(ctx)).best))
    await run('latency', () => latency(ctx))
    await run('memory', () => memory(ctx))
    await run('recovery', () => recovery(ctx))
    await run('scale', () => scale(ctx))
    await run('reference', () => reference(ctx, best))
  } finally {
    await browser.close()
  }

  const machine = {
    date: new Date().toISOString(),
    cpus: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown'}`,
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    chromium: versionOf(chromiumPath() ?? 'chromium', ['--version']),
    python: versionOf('python3', ['--version']),
    commit: versionOf('git', ['rev-parse', '--short', 'HEAD']),
  }
  const mode = opts.smoke ? 'smoke' : opts.long ? 'long' : 'short'
  const table = formatTable(rows)
  console.log(`\ndt-live benchmark (${mode}), ${machine.date.slice(0, 10)}, ${machine.cpus}, ${machine.chromium}, ${Math.round((Date.now() - started) / 1000)} s\n`)
  console.log(table)
  writeFileSync(opts.out, `${JSON.stringify({ mode, machine, rows, results: records, errors }, null, 2)}\n`)
  console.log(`\nbench: raw results in ${opts.out}`)

  const problems = [...errors, ...(opts.smoke ? smokeProblems(records, opts.only) : [])]
  if (problems.length) {
    console.error(`\nbench: ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`)
    process.exitCode = 1
  }
}

main().catch((e: unknown) => {
  console.error('bench: failed:', e)
  process.exitCode = 1
})
