import type { BatcherStats, DeviceStore, DeviceStoreState } from '../store'
import type { StreamStatus } from '../stream'
import type { SessionStore } from './session-state'

/** What a running session can tell the probe (counters only: no tokens, no credentials). */
export interface ProbeSessionStats {
  stream: StreamStatus | null
  batcher: BatcherStats
}

/** A running session as the probe sees it: its counters and its published state. */
export interface ProbeSession {
  stats: () => ProbeSessionStats
  state: SessionStore
}

/** Counters the benchmark compares with the emulator's (bench/README in the Performance section). */
export interface ProbeCounters {
  applied: number
  fromHistory: number
  duplicates: number
  devices: number
  loading: string
  logSize: number
  stream: { state: string; events: number; dropped: number; reconnects: number; pings: number } | null
  batcher: BatcherStats | null
}

/** A state the stream entered, with the page's wall-clock time. */
export interface ProbeTransition {
  state: string
  at: number
  /** For 'live': when the first stream event after it was applied to the store. */
  firstEventAt?: number
}

/** What `window.__dtLiveProbe` offers; read-only except for its own sample buffers. */
export interface PerfProbe {
  counters(): ProbeCounters
  /** rAF timestamps (performance.now) between `from` and `to`, oldest first. */
  frames(from?: number, to?: number): number[]
  /** Event-to-paint latencies (ms) since the last `resetLatency`. */
  latency(): number[]
  resetLatency(): void
  transitions(): ProbeTransition[]
  /** Wall-clock time of the last batch of stream events applied to the store, or 0. */
  lastAppliedAt(): number
  /** performance.now() marks: device list ready, first card painted. */
  marks(): { devicesReady: number | null; devicesReadyCount: number; firstCard: number | null }
}

const FRAME_SLOTS = 1 << 15
const LATENCY_SLOTS = 1 << 15
/** Events sampled per batch: enough at 200 events/s to take every one. */
const SAMPLES_PER_BATCH = 256

let attach: ((session: ProbeSession) => () => void) | null = null

/** True when the page was opened with `?probe`: the benchmark's switch, off for everyone else. */
export function probeRequested(search: string): boolean {
  return new URLSearchParams(search).has('probe')
}

/** The running session registers here; a no-op when no probe is installed. Returns the detach. */
export function attachProbeSession(session: ProbeSession): () => void {
  return attach?.(session) ?? (() => undefined)
}

/** After the next paint: a rAF runs before the frame's paint, a posted task after it. */
function afterPaint(callback: () => void): void {
  requestAnimationFrame(() => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => {
      channel.port1.close()
      callback()
    }
    channel.port2.postMessage(null)
  })
}

function streamCounters(status: StreamStatus | null | undefined): ProbeCounters['stream'] {
  if (!status) return null
  const t = status.totals
  return { state: status.state, events: t.events, dropped: t.dropped, reconnects: t.reconnects, pings: t.pings }
}

/**
 * Installs `window.__dtLiveProbe`: frame times from a rAF loop, event-to-paint latency of stream
 * events (from their envelope time to the first paint after the batch holding them was applied),
 * stream state transitions and the store's counters. Used by `npm run bench` only.
 */
export function installPerfProbe(devices: DeviceStore): void {
  const frameTimes = new Float64Array(FRAME_SLOTS)
  let frameCount = 0
  const latencies = new Float64Array(LATENCY_SLOTS)
  let latencyCount = 0
  const transitions: ProbeTransition[] = []
  let lastApplied = 0
  let devicesReady: number | null = null
  let devicesReadyCount = 0
  let firstCard: number | null = null
  let current: ProbeSession | null = null

  attach = (session) => {
    current = session
    // State changes are published at once (status-publisher `changed`), so this is exact.
    const unsubscribe = session.state.subscribe((s) => {
      const state = s.stream?.state
      if (state && transitions[transitions.length - 1]?.state !== state) transitions.push({ state, at: Date.now() })
    })
    return () => {
      unsubscribe()
      if (current === session) current = null
    }
  }

  const onFrame = (t: number) => {
    frameTimes[frameCount++ % FRAME_SLOTS] = t
    if (firstCard === null && document.querySelector('article.device-card[data-device-id]')) afterPaint(() => (firstCard ??= performance.now()))
    requestAnimationFrame(onFrame)
  }
  requestAnimationFrame(onFrame)

  devices.subscribe((s: DeviceStoreState, prev: DeviceStoreState) => {
    if (devicesReady === null && s.loading.devices === 'ready') {
      devicesReady = performance.now()
      devicesReadyCount = s.deviceOrder.length
    }
    const fresh = s.totals.applied - s.totals.fromHistory - (prev.totals.applied - prev.totals.fromHistory)
    if (fresh <= 0) return
    lastApplied = Date.now()
    const latest = transitions[transitions.length - 1]
    if (latest?.state === 'live' && latest.firstEventAt === undefined) latest.firstEventAt = lastApplied
    const entries = s.log.toArray()
    const times: number[] = []
    for (let i = entries.length - 1; i >= 0 && times.length < Math.min(fresh, SAMPLES_PER_BATCH); i--) {
      const e = entries[i]
      if (e?.origin === 'stream') times.push(e.time)
    }
    afterPaint(() => {
      const painted = Date.now()
      for (const t of times) latencies[latencyCount++ % LATENCY_SLOTS] = painted - t
    })
  })

  const probe: PerfProbe = {
    counters() {
      const s = devices.getState()
      const session = current?.stats()
      return {
        applied: s.totals.applied - s.totals.fromHistory,
        fromHistory: s.totals.fromHistory,
        duplicates: s.totals.duplicates,
        devices: s.deviceOrder.length,
        loading: s.loading.devices,
        logSize: s.log.size,
        stream: streamCounters(session?.stream),
        batcher: session?.batcher ?? null,
      }
    },
    frames(from = 0, to = Infinity) {
      const n = Math.min(frameCount, FRAME_SLOTS)
      const out: number[] = []
      for (let i = frameCount - n; i < frameCount; i++) {
        const t = frameTimes[i % FRAME_SLOTS] ?? 0
        if (t >= from && t <= to) out.push(t)
      }
      return out
    },
    latency: () => Array.from(latencies.subarray(0, Math.min(latencyCount, LATENCY_SLOTS))),
    resetLatency: () => void (latencyCount = 0),
    transitions: () => transitions.map((t) => ({ ...t })),
    lastAppliedAt: () => lastApplied,
    marks: () => ({ devicesReady, devicesReadyCount, firstCard }),
  }
  ;(window as unknown as { __dtLiveProbe: PerfProbe }).__dtLiveProbe = probe
}
