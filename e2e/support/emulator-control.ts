import { demoBasicAuth, DEMO } from './demo-api'

/** The emulator's /control/stats answer (server/emulator/CONTROL.md). */
export interface EmulatorStats {
  openStreams: number
  requests: Record<string, number>
  streamRequestsByStatus: Record<string, number>
  eventsSent: number
  pingsSent: number
}

/** Drives one emulator's fault API and emulator API over HTTP, as an outside tool would. */
export function emulatorControl(base: string) {
  async function post(path: string, body: unknown = {}): Promise<Record<string, unknown>> {
    const r = await fetch(`${base}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: demoBasicAuth }, body: JSON.stringify(body) })
    const text = await r.text()
    if (!r.ok) throw new Error(`POST ${path} → ${r.status}: ${text}`)
    return JSON.parse(text) as Record<string, unknown>
  }
  return {
    post,
    reset: () => post('/control/reset'),
    drop: () => post('/control/drop'),
    stall: () => post('/control/stall'),
    resume: () => post('/control/resume'),
    inject: (kind: 'malformed' | 'unknownEventType' | 'errorFrame', extra: Record<string, unknown> = {}) => post('/control/inject', { kind, ...extra }),
    respond: (status: number, count: number, retryAfter?: number) => post('/control/respond', { status, count, ...(retryAfter ? { retryAfter } : {}) }),
    expireTokens: () => post('/control/expire-tokens'),
    settings: (s: { maxStreamDurationMs?: number; tokenLifetimeS?: number }) => post('/control/settings', s),
    async stats(): Promise<EmulatorStats> {
      const r = await fetch(`${base}/control/stats`)
      return (await r.json()) as EmulatorStats
    },
    async createDevice(type: string, name: string): Promise<string> {
      const d = await post(`/v2/projects/${DEMO.projectId}/devices`, { type, labels: { name } })
      return String(d.name).split('/').pop() ?? ''
    },
    publish: (deviceId: string, payload: Record<string, unknown>) => post(`/v2/projects/${DEMO.projectId}/devices/${deviceId}:publish`, payload),
  }
}

export type EmulatorControl = ReturnType<typeof emulatorControl>

/**
 * Samples a value every `everyMs` while `action` runs and returns every sample, so a test can
 * assert on what happened in between (e.g. never more than one open stream).
 */
export async function sampleDuring<T>(sample: () => Promise<T>, action: () => Promise<void>, everyMs = 20): Promise<T[]> {
  const samples: T[] = []
  let running = true
  const loop = (async () => {
    while (running) {
      samples.push(await sample())
      await new Promise((resolve) => setTimeout(resolve, everyMs))
    }
  })()
  try {
    await action()
  } finally {
    running = false
    await loop
  }
  return samples
}

/** Asserts that `read` keeps returning `expected` for `windowMs`: for "no retries" and "no storm" checks. */
export async function expectUnchangedFor<T>(read: () => Promise<T>, expected: T, windowMs: number): Promise<void> {
  const end = Date.now() + windowMs
  while (Date.now() < end) {
    const v = await read()
    if (JSON.stringify(v) !== JSON.stringify(expected)) throw new Error(`expected ${JSON.stringify(expected)} to hold for ${windowMs} ms, got ${JSON.stringify(v)}`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}
