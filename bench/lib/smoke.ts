/**
 * What the smoke run (in `npm test`) asserts: every section ran and produced sane numbers. Never
 * the performance targets: the CI machine is shared, and a short window proves nothing about speed.
 */
type Rec = Record<string, unknown>

const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v)
const obj = (v: unknown): Rec => (typeof v === 'object' && v !== null ? (v as Rec) : {})

function keptUp(found: unknown): boolean {
  const f = obj(found)
  const ladder = Array.isArray(f.ladder) ? (f.ladder as Rec[]) : []
  return ladder.length > 0 && ladder.every((r) => r.keptUp === true && r.exact === true)
}

/** Problems with the smoke run's raw results, one line each; empty when all is well. */
export function smokeProblems(records: Rec, sections: readonly string[]): string[] {
  const out: string[] = []
  const check = (section: string, ok: boolean, what: string) => {
    if (sections.includes(section) && !ok) out.push(`${section}: ${what}`)
  }
  const size = obj(records.size)
  check('size', finite(size.gzip) && (size.gzip as number) > 10_000, 'no initial JavaScript measured')
  check('ingest', keptUp(records.ingest), 'the dashboard did not apply exactly what the emulator sent at a low rate')
  const lat = obj(records.latency)
  check('latency', finite(lat.count) && (lat.count as number) > 100 && finite(lat.p95) && (lat.p95 as number) > 0, 'no event-to-paint samples')
  const mem = obj(records.memory)
  check('memory', Array.isArray(mem.samples) && mem.samples.length >= 4 && finite(mem.second) && finite(mem.last), 'too few heap samples')
  const rec = obj(records.recovery)
  const allFinite = (v: unknown) => Array.isArray(v) && v.length > 0 && v.every(finite)
  check('recovery', allFinite(rec.dropToLiveMs) && allFinite(rec.stallNoticedMs), 'no recovery timings')
  const sc = obj(records.scale)
  check('scale', finite(sc.devicesReadyMs) && finite(sc.firstCardMs) && finite(obj(obj(sc.scroll).fps).median), 'no scale timings')
  const ref = obj(records.reference)
  check('reference', keptUp(ref.eventsource) && keptUp(ref.requests), 'a reference client did not print exactly what the emulator sent at a low rate')
  return out
}
