import { toRfc3339, type DeviceEvent, type EventPayloads, type KeyedEventType } from '../../src/dt'
import type { EmulatorContext } from './context'
import { HistoryBuffer } from './history'
import { applyToReported } from './reported'
import type { DeviceRecord } from './world'

/** A payload without its `updateTime`, which the event's time fills in. */
export type Emission = { [K in KeyedEventType]: { type: K; data: Omit<EventPayloads[K], 'updateTime'> } }[KeyedEventType]

/** Builds a decoded event for a device; `updateTime` equals `timestamp`, as in DT's fixtures. */
export function makeEvent(ctx: EmulatorContext, device: DeviceRecord, e: Emission, time: number): DeviceEvent {
  const timestamp = toRfc3339(time)
  return {
    eventId: ctx.nextEventId(),
    targetName: device.name,
    projectId: device.projectId,
    deviceId: device.id,
    timestamp,
    time,
    eventType: e.type,
    data: { ...e.data, updateTime: timestamp },
  } as DeviceEvent
}

/** Stores an event in history, not for labelsChanged (README §5.5). */
export function record(ctx: EmulatorContext, device: DeviceRecord, event: DeviceEvent): void {
  if (event.eventType === 'labelsChanged') return
  device.history ??= new HistoryBuffer(ctx.opts.historyCap)
  device.history.push(ctx.nextSeq(), event, ctx.now() - ctx.opts.historyWindowMs)
  applyToReported(device, event)
}

/** An event happens: history, `reported`, then every matching open stream at once. */
export function deliver(ctx: EmulatorContext, device: DeviceRecord, event: DeviceEvent, previousLabels?: Record<string, string>): void {
  ctx.stats.eventsGenerated++
  record(ctx, device, event)
  ctx.hub.dispatch(event, device, previousLabels)
}
