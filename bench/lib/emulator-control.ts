/** The emulator's /control API (server/emulator/CONTROL.md) as the bench uses it. */
export interface StreamStat {
  id: number
  format: string
  eventsSent: number
  pingsSent: number
  bufferedBytes: number
  openForMs: number
}

export interface EmulatorStats {
  openStreams: number
  eventsSent: number
  eventsGenerated: number
  droppedSlowClients: number
  load?: { rate: number; devices: number; emitted: number }
  streams: StreamStat[]
}

export function emulatorControl(base: string) {
  async function post(action: string, body: unknown = {}): Promise<Record<string, unknown>> {
    const r = await fetch(`${base}/control/${action}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })
    const text = await r.text()
    if (!r.ok) throw new Error(`POST /control/${action} → ${r.status}: ${text}`)
    return JSON.parse(text) as Record<string, unknown>
  }
  return {
    async stats(): Promise<EmulatorStats> {
      const r = await fetch(`${base}/control/stats`)
      return (await r.json()) as EmulatorStats
    },
    setRate: (rate: number) => post('load', { rate }),
    drop: () => post('drop'),
    stall: () => post('stall'),
    resume: () => post('resume'),
    reset: () => post('reset'),
  }
}

export type EmulatorControl = ReturnType<typeof emulatorControl>

/** The one open stream, or an error naming how many there are (the bench expects exactly one). */
export async function onlyStream(control: EmulatorControl): Promise<StreamStat> {
  const s = await control.stats()
  if (s.streams.length !== 1) throw new Error(`expected one open stream at the emulator, found ${s.streams.length}`)
  return s.streams[0] as StreamStat
}
