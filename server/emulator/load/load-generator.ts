import { performance } from 'node:perf_hooks'
import { toRfc3339, type DeviceEvent, type KnownDeviceType } from '../../../src/dt'
import type { EmulatorContext } from '../context'
import { PRODUCT_NUMBERS, emptyReported } from '../device-catalog'
import { deliver } from '../events'
import { newDeviceId } from '../ids'
import { deriveSeed, mulberry32, normal } from '../prng'
import type { DeviceRecord } from '../world'

const TICK_MS = 10
/** Never catch up more than this much lost time in one tick; beyond it, skip ahead. */
const MAX_CATCH_UP_MS = 1000

/** Mostly temperature sensors (80 %), with a few of the event-driven kinds between them. */
function typeFor(index: number): KnownDeviceType {
  const slot = index % 20
  return slot === 5 ? 'humidity' : slot === 10 ? 'contact' : slot === 15 ? 'proximity' : slot === 19 ? 'touch' : 'temperature'
}

/** The running load: its devices, and its rate, which the control API may change (CONTROL.md). */
export interface LoadGenerator {
  devices: DeviceRecord[]
  /** Events per second now; 0 while paused. */
  readonly rate: number
  /** Events produced since start. */
  readonly emitted: number
  /** Changes the total rate from now on (0 pauses); no catch-up burst for the time before. */
  setRate(rate: number): void
  stop(): void
}

/**
 * Load mode: N devices and R events/s in total, emitted round-robin in 10 ms ticks. The count
 * due is computed from elapsed time, so the rate holds when timers drift or fire late.
 */
export function startLoadGenerator(ctx: EmulatorContext, devicesWanted: number, initialRate: number): LoadGenerator {
  const rng = mulberry32(deriveSeed(ctx.opts.seed, 0, 5))
  const devices: DeviceRecord[] = []
  const values = new Float64Array(devicesWanted)
  const states = new Uint8Array(devicesWanted)
  const width = String(devicesWanted).length
  const createdAt = toRfc3339(ctx.now())
  for (let i = 0; i < devicesWanted; i++) {
    const type = typeFor(i)
    const value = Math.round((18 + rng() * 6) * 100) / 100
    values[i] = value
    states[i] = rng() < 0.5 ? 0 : 1
    const reported = emptyReported(type)
    // A starting value without a history entry: tens of thousands of devices stay cheap.
    if (type === 'temperature') Object.assign(reported, { temperature: { value, samples: [{ value, sampleTime: createdAt }], isBackfilled: false, updateTime: createdAt } })
    devices.push(
      ctx.world.addDevice({
        id: newDeviceId(rng),
        projectId: ctx.opts.projectId,
        type,
        productNumber: PRODUCT_NUMBERS[type],
        labels: { name: `Load sensor ${String(i + 1).padStart(width, '0')}`, zone: `zone-${(i % 10) + 1}` },
        reported,
      }),
    )
  }

  function eventFor(i: number, device: DeviceRecord, time: number): DeviceEvent {
    const timestamp = toRfc3339(time)
    const envelope = { eventId: ctx.nextEventId(), targetName: device.name, projectId: device.projectId, deviceId: device.id, timestamp, time }
    const toggled = (states[i] = states[i] === 0 ? 1 : 0)
    switch (device.type) {
      case 'humidity':
        return { ...envelope, eventType: 'humidity', data: { temperature: 21.5, relativeHumidity: Math.round(35 + rng() * 20), updateTime: timestamp } }
      case 'contact':
        return { ...envelope, eventType: 'contact', data: { state: toggled ? 'OPEN' : 'CLOSED', updateTime: timestamp } }
      case 'proximity':
        return { ...envelope, eventType: 'objectPresent', data: { state: toggled ? 'PRESENT' : 'NOT_PRESENT', updateTime: timestamp } }
      case 'touch':
        return { ...envelope, eventType: 'touch', data: { updateTime: timestamp } }
      default: {
        const value = Math.round(((values[i] ?? 20) + 0.05 * normal(rng)) * 100) / 100
        values[i] = value
        return { ...envelope, eventType: 'temperature', data: { value, samples: [{ value, sampleTime: timestamp }], isBackfilled: false, updateTime: timestamp } }
      }
    }
  }

  let rate = initialRate
  // The due count is measured from the last rate change: `emitted` counts since then, `total` since start.
  let startedAt = performance.now()
  let emitted = 0
  let total = 0
  let cursor = 0
  let failed = false
  const tick = () => {
    if (rate <= 0) return
    const elapsed = performance.now() - startedAt
    let due = Math.floor((elapsed * rate) / 1000) - emitted
    if (due > (rate * MAX_CATCH_UP_MS) / 1000) {
      emitted += due - Math.ceil((rate * TICK_MS) / 1000)
      due = Math.ceil((rate * TICK_MS) / 1000)
    }
    if (due <= 0) return
    const time = ctx.now()
    emitted += due
    total += due
    try {
      ctx.hub.batch(() => {
        for (let k = 0; k < due; k++) {
          const i = cursor
          cursor = (cursor + 1) % devices.length
          const device = devices[i]
          if (device) deliver(ctx, device, eventFor(i, device, time))
        }
      })
    } catch (e) {
      if (!failed) console.error('emulator: load tick failed', e)
      failed = true
    }
  }
  const timer = setInterval(tick, TICK_MS)
  timer.unref()
  return {
    devices,
    get rate() {
      return rate
    },
    get emitted() {
      return total
    },
    setRate(next) {
      rate = Math.max(0, next)
      startedAt = performance.now()
      emitted = 0
    },
    stop: () => clearInterval(timer),
  }
}
