/** Summaries of a Chrome trace and a V8 CPU profile, for `npm run bench:profile`. */

export interface TraceEvent {
  name: string
  cat?: string
  ph: string
  ts: number
  dur?: number
  pid: number
  tid: number
  args?: { name?: string }
}

export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[]
  samples: number[]
  timeDeltas: number[]
}

const pct = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)} %`

/** Self time (ms) by event name on the busiest renderer main thread, the top entries as text lines. */
export function summarizeTrace(events: readonly TraceEvent[], wallMs: number, top = 18): string[] {
  const mains = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`))
  const byThread = new Map<string, TraceEvent[]>()
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`
    if (e.ph !== 'X' || !mains.has(key) || e.dur === undefined) continue
    let list = byThread.get(key)
    if (!list) byThread.set(key, (list = []))
    list.push(e)
  }
  const busiest = [...byThread.values()].sort((a, b) => b.length - a.length)[0] ?? []
  busiest.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0))
  const self = new Map<string, number>()
  const stack: { end: number; name: string; child: number; dur: number }[] = []
  let topLevel = 0
  const close = (until: number) => {
    while (stack.length && (stack[stack.length - 1] as { end: number }).end <= until) {
      const done = stack.pop() as { name: string; child: number; dur: number }
      self.set(done.name, (self.get(done.name) ?? 0) + Math.max(0, done.dur - done.child))
    }
  }
  for (const e of busiest) {
    close(e.ts)
    const dur = e.dur ?? 0
    const parent = stack[stack.length - 1]
    if (parent) parent.child += dur
    else topLevel += dur
    stack.push({ end: e.ts + dur, name: e.name, child: 0, dur })
  }
  close(Number.POSITIVE_INFINITY)
  const wallUs = wallMs * 1000
  const lines = [`busy ${pct(topLevel, wallUs)} of ${Math.round(wallMs)} ms`]
  for (const [name, us] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    lines.push(`${(us / 1000).toFixed(0).padStart(7)} ms  ${pct(us, wallUs).padStart(7)}  ${name}`)
  }
  return lines
}

/** Self time by function (name, file, line) from a sampled CPU profile, the top entries as text lines. */
export function summarizeProfile(profile: CpuProfile, top = 30): string[] {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]))
  const self = new Map<string, number>()
  let total = 0
  for (let i = 0; i < profile.samples.length; i++) {
    const node = nodes.get(profile.samples[i] as number)
    const dt = profile.timeDeltas[i + 1] ?? profile.timeDeltas[i] ?? 0
    if (!node) continue
    const f = node.callFrame
    const file = f.url ? f.url.slice(f.url.lastIndexOf('/') + 1) : ''
    const key = `${f.functionName || '(anonymous)'}${file ? `  ${file}:${f.lineNumber + 1}` : ''}`
    self.set(key, (self.get(key) ?? 0) + dt)
    total += dt
  }
  const busy = total - (self.get('(idle)') ?? 0)
  const lines = [`sampled ${(total / 1000).toFixed(0)} ms, not idle ${(busy / 1000).toFixed(0)} ms`]
  for (const [key, us] of [...self.entries()].filter(([k]) => k !== '(idle)').sort((a, b) => b[1] - a[1]).slice(0, top)) {
    lines.push(`${(us / 1000).toFixed(0).padStart(7)} ms  ${pct(us, busy).padStart(7)}  ${key}`)
  }
  return lines
}
