import { HttpError } from './http-io'
import { oneParam } from './query-params'

export interface PageLimits {
  defaultPageSize: number
  maxPageSize: number
}

/** `page_size`/`pageSize`: absent or 0 gives the default; larger than the maximum is clamped. */
export function pageSize(q: URLSearchParams, limits: PageLimits): number {
  const raw = oneParam(q, 'page_size')
  if (raw === undefined) return limits.defaultPageSize
  if (!/^\d+$/.test(raw)) throw new HttpError(400, `page_size must be a non-negative integer, got "${raw}"`)
  const n = Number(raw)
  if (n === 0) return limits.defaultPageSize
  return Math.min(n, limits.maxPageSize)
}

/** Opaque tokens: base64url of `<kind>:<number>`; clients must not build them. */
export function encodePageToken(kind: 'devices' | 'events', position: number): string {
  return Buffer.from(`${kind}:${position}`).toString('base64url')
}

/** The position in a page token, or undefined when none was sent; a forged token is 400. */
export function pageTokenPosition(q: URLSearchParams, kind: 'devices' | 'events'): number | undefined {
  const raw = oneParam(q, 'page_token')
  if (raw === undefined) return undefined
  const decoded = /^[A-Za-z0-9_-]+$/.test(raw) ? Buffer.from(raw, 'base64url').toString('utf8') : ''
  const m = /^(devices|events):(\d{1,15})$/.exec(decoded)
  if (!m || m[1] !== kind) throw new HttpError(400, 'invalid page_token')
  return Number(m[2])
}
