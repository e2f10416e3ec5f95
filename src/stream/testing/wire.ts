import { decodeEvent, type DtEvent } from '../../dt'

/** Test payloads in DT's wire shape (README §3–4). */
export const PROJECT = 'p1'

const iso = (ms: number) => new Date(ms).toISOString()

/** A temperature event envelope as DT sends it. */
export function wireEvent(eventId: string, time: number, deviceId = 'dev1', eventType = 'temperature') {
  const data = eventType === 'temperature' ? { temperature: { value: 21.5, updateTime: iso(time) } } : { [eventType]: { x: 1 } }
  return { eventId, targetName: `projects/${PROJECT}/devices/${deviceId}`, eventType, data, timestamp: iso(time) }
}

/** `{"result":{"event":…}}` for a device event. */
export const resultLine = (eventId: string, time: number, deviceId?: string, eventType?: string) => ({
  result: { event: wireEvent(eventId, time, deviceId, eventType) },
})

/** `{"result":{"event":…}}` for a ping. */
export const pingLine = (eventId: string, time: number) => ({
  result: { event: { eventId, targetName: `projects/${PROJECT}`, eventType: 'ping', data: null, timestamp: iso(time) } },
})

/** A decoded event, as history pages carry them. */
export function decoded(eventId: string, time: number, deviceId = 'dev1'): DtEvent {
  const r = decodeEvent(wireEvent(eventId, time, deviceId))
  if (!r.ok) throw new Error(r.error)
  return r.value
}
