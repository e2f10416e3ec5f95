import { decodeEvent, isEmulatedDeviceId, isEventType, toRfc3339, type DeviceEvent } from '../../src/dt'
import type { EmulatorContext } from './context'
import { supportsEventType } from './device-catalog'
import { deliver } from './events'
import type { DeviceRecord } from './world'

export type PublishResult = { ok: true; event: DeviceEvent } | { ok: false; message: string }

type Obj = Record<string, unknown>

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v)

/**
 * Fills what DT's clients leave out of publish payloads (README §6): `updateTime` from the clock,
 * temperature and humidity `samples` from the value, `isBackfilled` false, and the emulated
 * connector for networkStatus of emulated devices.
 */
function fillPayload(type: string, payload: Obj, timestamp: string, emulated: boolean): Obj {
  const p: Obj = { ...payload }
  p.updateTime ??= timestamp
  if (type === 'temperature') {
    p.samples ??= [{ value: p.value, sampleTime: p.updateTime }]
    p.isBackfilled ??= false
  }
  if (type === 'humidity') {
    p.samples ??= [{ temperature: p.temperature, relativeHumidity: p.relativeHumidity, sampleTime: p.updateTime }]
    p.isBackfilled ??= false
  }
  if (type === 'networkStatus' && emulated) {
    p.signalStrength ??= 99
    p.rssi ??= 0
    p.cloudConnectors ??= [{ id: 'emulated-ccon', signalStrength: p.signalStrength, rssi: p.rssi }]
    p.transmissionMode ??= 'LOW_POWER_STANDARD_MODE'
  }
  return p
}

/** Validates, completes and delivers one published event, as DT's emulator API does. */
export function publishEvent(ctx: EmulatorContext, device: DeviceRecord, eventType: string, payload: unknown): PublishResult {
  if (!isEventType(eventType)) return { ok: false, message: `unknown event type "${eventType}"` }
  if (eventType === 'labelsChanged') return { ok: false, message: 'labelsChanged cannot be published; change labels with devices:batchUpdate' }
  if (!supportsEventType(device.type, eventType)) {
    return { ok: false, message: `a ${device.type} device does not send ${eventType} events` }
  }
  if (!isObj(payload)) return { ok: false, message: `the ${eventType} payload must be a JSON object` }
  const time = ctx.now()
  const timestamp = toRfc3339(time)
  const wire = {
    eventId: ctx.nextEventId(),
    targetName: device.name,
    eventType,
    data: { [eventType]: fillPayload(eventType, payload, timestamp, isEmulatedDeviceId(device.id)) },
    timestamp,
  }
  const decoded = decodeEvent(wire)
  if (!decoded.ok) return { ok: false, message: decoded.error.replace(/^event\.data\./, '') }
  const event = decoded.value
  if (event.eventType === 'ping' || event.eventType === 'unknown') return { ok: false, message: `cannot publish ${eventType}` }
  deliver(ctx, device, event)
  return { ok: true, event }
}
