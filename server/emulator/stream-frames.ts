import { encodeStreamError, type ErrorFrameLayout, type StreamErrorFrame } from '../../src/dt'

export type StreamFormat = 'ndjson' | 'sse'

/** One message in the stream's framing: an NDJSON line, or one SSE `data:` block (README §3.2). */
export function frame(json: string, format: StreamFormat): string {
  return format === 'sse' ? `data: ${json}\n\n` : `${json}\n`
}

/** gRPC codes for the HTTP statuses the fault API injects, as gRPC-gateway maps them. */
const GRPC_FOR_HTTP: Record<number, number> = {
  400: 3,
  401: 16,
  403: 7,
  404: 5,
  408: 1,
  409: 10,
  429: 8,
  500: 13,
  501: 12,
  503: 14,
  504: 4,
}

/**
 * An in-stream error frame as JSON. `code` below 100 is taken as a gRPC code, otherwise as an
 * HTTP status; the layout decides which one lands in `code` (README §10 point 2).
 */
export function errorFrameJson(code: number, message: string, layout: ErrorFrameLayout): string {
  const f: StreamErrorFrame =
    code < 100 ? { grpcCode: code, message, details: [] } : { httpStatus: code, grpcCode: GRPC_FOR_HTTP[code] ?? 2, message, details: [] }
  return JSON.stringify(encodeStreamError(f, layout))
}

/** The frame DT sends before it ends a stream on purpose: 408 "closing stream" (gRPC 1). */
export function closingFrameJson(layout: ErrorFrameLayout): string {
  return errorFrameJson(408, 'closing stream', layout)
}

/** A cut-off line for the fault API: valid framing around JSON that does not parse. */
export function malformedFrame(format: StreamFormat): string {
  return frame('{"result":{"event":{"eventId":"malformed","eventType":', format)
}
