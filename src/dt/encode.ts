import type { DtEvent, StreamErrorFrame } from './event-types'
import type { Device, Project } from './resources'

/** The wire envelope of an event, as DT sends it (README §4.1). */
export interface WireEvent {
  eventId: string
  targetName: string
  eventType: string
  data: unknown
  timestamp: string
}

/** Encodes an event to DT's wire shape: `data` keyed by type, except labelsChanged and ping. */
export function encodeEvent(event: DtEvent): WireEvent {
  const { eventId, targetName, timestamp } = event
  switch (event.eventType) {
    case 'ping':
      return { eventId, targetName, eventType: 'ping', data: null, timestamp }
    case 'unknown':
      return { eventId, targetName, eventType: event.rawEventType, data: event.data, timestamp }
    case 'labelsChanged':
      return { eventId, targetName, eventType: 'labelsChanged', data: event.data, timestamp }
    default:
      return { eventId, targetName, eventType: event.eventType, data: { [event.eventType]: event.data }, timestamp }
  }
}

/** `{"result":{"event":…}}`, one NDJSON line or SSE payload. */
export function encodeStreamResult(event: DtEvent): { result: { event: WireEvent } } {
  return { result: { event: encodeEvent(event) } }
}

/** Which in-stream error layout to write (README §10 point 2). */
export type ErrorFrameLayout = 'code' | 'grpc' | 'legacy'

const HTTP_STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  408: 'Request Timeout',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
}

/**
 * An in-stream error frame. `code` writes the HTTP status in `code` (the emulator's default),
 * `grpc` writes the gRPC code in `code`, `legacy` writes the 2020 grpcCode/httpCode layout.
 */
export function encodeStreamError(frame: StreamErrorFrame, layout: ErrorFrameLayout = 'code'): { error: Record<string, unknown> } {
  const details = frame.details
  if (layout === 'legacy') {
    return {
      error: {
        grpcCode: frame.grpcCode ?? 2,
        httpCode: frame.httpStatus ?? 500,
        message: frame.message,
        httpStatus: HTTP_STATUS_TEXT[frame.httpStatus ?? 500] ?? 'Unknown',
        details,
      },
    }
  }
  const code = layout === 'grpc' ? (frame.grpcCode ?? 2) : (frame.httpStatus ?? frame.grpcCode ?? 500)
  return { error: { code, message: frame.message, details } }
}

/** A device resource in DT's wire shape; `reported` entries keep their `null`s. */
export function encodeDevice(device: Device): Record<string, unknown> {
  return {
    name: device.name,
    type: device.type,
    productNumber: device.productNumber,
    labels: device.labels,
    reported: device.reported,
  }
}

export function encodeProject(project: Project): Record<string, unknown> {
  const { id: _id, ...wire } = project
  return wire
}
