import type { IncomingMessage, ServerResponse } from 'node:http'

/** A failure with an HTTP status; the request wrapper writes it in the route's error layout. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message)
  }
}

/** DT's flat REST error body (README §7.1). */
export function restErrorBody(status: number, message: string) {
  return { error: message, code: status, help: `https://docs.d21s.com/error/#${status}` }
}

/** The nested gRPC-gateway body used on `devices:stream` before it starts (README §10 point 3). */
export function nestedErrorBody(status: number, message: string) {
  return { error: { code: status, message, details: [] as unknown[] } }
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (res.headersSent) {
    res.destroy()
    return
  }
  const text = JSON.stringify(body)
  res.writeHead(status, {
    ...headers,
    'Content-Type': 'application/json',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  })
  res.end(text)
}

const CORS_HEADERS: Record<string, string> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'Retry-After, Content-Type',
}

/** Permissive CORS (README §10 point 10) so a browser page on another port can call directly. */
export function applyCors(res: ServerResponse): void {
  for (const [k, v] of Object.entries(CORS_HEADERS)) res.setHeader(k, v)
}

export function answerPreflight(req: IncomingMessage, res: ServerResponse): void {
  const requested = req.headers['access-control-request-headers']
  res.writeHead(204, {
    'Access-Control-Allow-Methods': 'GET, POST, DELETE, OPTIONS',
    'Access-Control-Allow-Headers': requested ?? 'Authorization, Content-Type, Accept, Cache-Control, Last-Event-ID',
    'Access-Control-Max-Age': '600',
    'Content-Length': '0',
  })
  res.end()
}

const MAX_BODY_BYTES = 1024 * 1024

/**
 * Reads a request body as UTF-8. An oversized body is read to its end and discarded, so the
 * client gets the 413 instead of a reset connection.
 */
export function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size <= limit) chunks.push(chunk)
    })
    req.on('end', () => {
      if (size > limit) reject(new HttpError(413, `request body over ${limit} bytes`))
      else resolve(Buffer.concat(chunks).toString('utf8'))
    })
    req.on('error', reject)
  })
}

/** A JSON object body; an empty body reads as `{}`, anything else that is not an object is 400. */
export async function readJsonObject(req: IncomingMessage): Promise<Record<string, unknown>> {
  const text = await readBody(req)
  if (text.trim() === '') return {}
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    throw new HttpError(400, 'request body is not valid JSON')
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new HttpError(400, 'request body must be a JSON object')
  }
  return value as Record<string, unknown>
}
