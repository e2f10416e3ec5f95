/**
 * `node --import tsx bench/heap-diff.ts [--rate 500] [--minutes 2]`: what the JS heap holds more
 * of at the end of a run than after its first 30 s, by constructor (two heap snapshots via CDP).
 * The tool behind the Memory row's findings; uses the bench's stack on ports 4590+.
 */
import { parseArgs } from 'node:util'
import type { CDPSession } from '@playwright/test'
import { heapUsedMb, sleep } from './lib/browser'
import { sharedBrowser, withStack, type BenchContext } from './lib/context'
import { openLiveDashboard } from './lib/dashboard'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const { values } = parseArgs({ options: { rate: { type: 'string', default: '500' }, minutes: { type: 'string', default: '2' }, devices: { type: 'string', default: '2000' }, 'static-dir': { type: 'string', default: join(tmpdir(), 'dt-live-bench-dist') } } })

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]] } }
  nodes: number[]
  strings: string[]
}

async function byConstructor(cdp: CDPSession): Promise<Map<string, { count: number; bytes: number }>> {
  const chunks: string[] = []
  const onChunk = (e: { chunk: string }) => chunks.push(e.chunk)
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk)
  await cdp.send('HeapProfiler.collectGarbage')
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false })
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk)
  const snap = JSON.parse(chunks.join('')) as Snapshot
  const fields = snap.snapshot.meta.node_fields
  const types = snap.snapshot.meta.node_types[0]
  const [ti, ni, si] = [fields.indexOf('type'), fields.indexOf('name'), fields.indexOf('self_size')]
  const out = new Map<string, { count: number; bytes: number }>()
  for (let i = 0; i < snap.nodes.length; i += fields.length) {
    const type = types[snap.nodes[i + ti] as number] ?? '?'
    const raw = snap.strings[snap.nodes[i + ni] as number] ?? ''
    const name = type === 'object' || type === 'closure' || type === 'native' || type === 'array' ? `${type} ${raw.slice(0, 60)}` : type === 'string' ? `(string) ${raw.length <= 24 ? `${raw.length} chars` : 'long'}` : `(${type})`
    const e = out.get(name) ?? { count: 0, bytes: 0 }
    e.count++
    e.bytes += snap.nodes[i + si] as number
    out.set(name, e)
  }
  return out
}

async function main(): Promise<void> {
  const browser = sharedBrowser()
  const ctx: BenchContext = { opts: { long: false, smoke: false, only: [], portBase: 4590, staticDir: values['static-dir'] as string, skipBuild: true, out: '' }, browser: browser.get, log: console.log, row: () => undefined, record: () => undefined }
  try {
    await withStack(ctx, Number(values.devices), 0, async (stack) => {
      const dash = await openLiveDashboard(ctx, stack)
      await stack.control.setRate(Number(values.rate))
      await sleep(30_000)
      const a = await byConstructor(dash.cdp)
      const mbA = await heapUsedMb(dash.cdp)
      await sleep(Number(values.minutes) * 60_000 - 30_000)
      const b = await byConstructor(dash.cdp)
      const mbB = await heapUsedMb(dash.cdp)
      await stack.control.setRate(0)
      console.log(`heap ${mbA.toFixed(1)} MB at 30 s → ${mbB.toFixed(1)} MB at ${values.minutes} min; growth by constructor:`)
      const rows = [...b.entries()].map(([k, v]) => ({ k, count: v.count - (a.get(k)?.count ?? 0), bytes: v.bytes - (a.get(k)?.bytes ?? 0), total: v.bytes }))
      for (const r of rows.sort((x, y) => y.bytes - x.bytes).slice(0, 20)) console.log(`${(r.bytes / 1024).toFixed(0).padStart(8)} KB ${String(r.count).padStart(8)} objects  ${r.k}  (now ${(r.total / 1024).toFixed(0)} KB)`)
      await dash.close()
    })
  } finally {
    await browser.close()
  }
}

main().catch((e: unknown) => {
  console.error(e)
  process.exitCode = 1
})
