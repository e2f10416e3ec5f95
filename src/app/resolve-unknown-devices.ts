import type { DtRestClient } from '../dt'
import type { DeviceStore } from '../store'
import type { RateLimiter } from '../stream'

/** How many unknown devices are looked up at most, so a flood of strangers cannot exhaust the rate limit. */
const MAX_LOOKUPS = 500

/**
 * Looks up devices first heard of in events (added after the list was loaded, or seen before it
 * arrived), so they show their name and type instead of a bare id. Each id is asked once.
 */
export function resolveUnknownDevices(devices: DeviceStore, rest: DtRestClient, projectId: string, limiter: RateLimiter, signal: AbortSignal): () => void {
  const asked = new Set<string>()
  let running = false

  async function lookUp(): Promise<void> {
    if (running) return
    running = true
    try {
      for (;;) {
        const s = devices.getState()
        if (s.loading.devices !== 'ready') return
        const id = s.deviceOrder.find((d) => !asked.has(d) && s.devices[d]?.listed === false)
        if (!id || asked.size >= MAX_LOOKUPS || signal.aborted) return
        asked.add(id)
        await limiter.acquire(signal)
        const r = await rest.getDevice(projectId, id, signal)
        if (r.ok) devices.getState().upsertDevices([r.value])
      }
    } catch {
      // aborted with the session
    } finally {
      running = false
    }
  }

  return devices.subscribe((now, prev) => {
    if (now.totals.unknownDevices !== prev.totals.unknownDevices || now.loading.devices !== prev.loading.devices) void lookUp()
  })
}
