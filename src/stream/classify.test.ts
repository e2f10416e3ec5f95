import { describe, expect, it } from 'vitest'
import { classifyFailure, GATEWAY_TIMEOUT_FLOOR_MS, isAuthFailure, LONG_BACKOFF_MS, StreamAuthError } from './classify'

const http = (status: number, retryAfterMs?: number) =>
  classifyFailure({ kind: 'http', status, contentType: 'application/json', message: `m${status}`, ...(retryAfterMs !== undefined ? { retryAfterMs } : {}) })
const frame = (f: { httpStatus?: number; grpcCode?: number }) => classifyFailure({ kind: 'frame', frame: { ...f, message: 'x', details: [] } })

describe('classifyFailure at open', () => {
  it('refreshes once on 401', () => expect(http(401).action).toEqual({ type: 'refresh-auth' }))
  it.each([400, 403, 404, 405, 422])('stops on %i as a configuration error', (status) => {
    expect(http(status).action).toEqual({ type: 'config-error' })
    expect(http(status).error).toEqual({ kind: 'http', status, message: `m${status}` })
  })
  it('reconnects at once on 408', () => expect(http(408).action).toEqual({ type: 'reconnect-now' }))
  it('backs off on 409 and 425', () => {
    expect(http(409).action).toEqual({ type: 'backoff' })
    expect(http(425).action).toEqual({ type: 'backoff' })
  })
  it('honours Retry-After on 429, else a long backoff', () => {
    expect(http(429, 7000).action).toEqual({ type: 'backoff', floorMs: 7000 })
    expect(http(429).action).toEqual({ type: 'backoff', floorMs: LONG_BACKOFF_MS })
  })
  it('backs off on 5xx, with Retry-After as floor and 10 s after a 504', () => {
    expect(http(500).action).toEqual({ type: 'backoff' })
    expect(http(503, 3000).action).toEqual({ type: 'backoff', floorMs: 3000 })
    expect(http(504).action).toEqual({ type: 'backoff', floorMs: GATEWAY_TIMEOUT_FLOOR_MS })
  })
  it('retries a 200 of the wrong content type, reported as such', () => {
    const c = classifyFailure({ kind: 'http', status: 200, contentType: 'text/html', message: '' })
    expect(c.action).toEqual({ type: 'backoff' })
    expect(c.error.kind).toBe('content-type')
    expect(c.error.message).toContain('text/html')
  })
})

describe('classifyFailure of error frames', () => {
  it('reads the HTTP-style code first: 408 "closing stream" reconnects at once', () => {
    expect(frame({ httpStatus: 408, grpcCode: 1 }).action).toEqual({ type: 'reconnect-now' })
    expect(frame({ httpStatus: 401 }).action).toEqual({ type: 'refresh-auth' })
    expect(frame({ httpStatus: 404 }).action).toEqual({ type: 'config-error' })
  })
  it.each([
    [0, 'reconnect-now'], [1, 'reconnect-now'],
    [2, 'backoff'], [4, 'backoff'], [6, 'backoff'], [10, 'backoff'], [13, 'backoff'], [14, 'backoff'], [15, 'backoff'],
    [3, 'config-error'], [5, 'config-error'], [7, 'config-error'], [9, 'config-error'], [11, 'config-error'], [12, 'config-error'],
    [16, 'refresh-auth'], [42, 'backoff'],
  ])('gRPC %i → %s', (grpcCode, type) => {
    expect(frame({ grpcCode }).action.type).toBe(type)
  })
  it('uses a long backoff for RESOURCE_EXHAUSTED', () => {
    expect(frame({ grpcCode: 8 }).action).toEqual({ type: 'backoff', floorMs: LONG_BACKOFF_MS })
  })
  it('names the gRPC code in the message', () => {
    expect(frame({ grpcCode: 5 }).error).toEqual({ kind: 'error-frame', grpcCode: 5, message: 'x (NOT_FOUND)' })
  })
})

describe('classifyFailure of other ends', () => {
  it('reconnects at once after a clean close or a watchdog timeout', () => {
    expect(classifyFailure({ kind: 'closed' }).action).toEqual({ type: 'reconnect-now' })
    const w = classifyFailure({ kind: 'watchdog', silentMs: 12_000 })
    expect(w.action).toEqual({ type: 'reconnect-now' })
    expect(w.error.message).toBe('no data for 12 s')
  })
  it('backs off after a network error', () => {
    expect(classifyFailure({ kind: 'network', message: 'Failed to fetch' })).toEqual({
      action: { type: 'backoff' },
      error: { kind: 'network', message: 'Failed to fetch' },
    })
  })
  it('stops on a marked token-source failure and retries an unmarked one', () => {
    expect(classifyFailure({ kind: 'auth', message: 'bad key', fatal: true }).action).toEqual({ type: 'auth-error' })
    expect(classifyFailure({ kind: 'auth', message: 'broker down', fatal: false }).action).toEqual({ type: 'backoff' })
  })
})

describe('isAuthFailure', () => {
  it('follows an isAuthFailure flag (src/auth AuthError), else kind: auth', () => {
    expect(isAuthFailure(new StreamAuthError('no'))).toBe(true)
    const authError = (flag: boolean) => Object.assign(new Error('x'), { name: 'AuthError', status: flag ? 401 : 0, isAuthFailure: flag })
    expect(isAuthFailure(authError(true))).toBe(true)
    expect(isAuthFailure(authError(false))).toBe(false)
    expect(isAuthFailure({ kind: 'auth' })).toBe(true)
    expect(isAuthFailure(Object.assign(new Error('x'), { name: 'AuthError' }))).toBe(false)
    expect(isAuthFailure(new TypeError('Failed to fetch'))).toBe(false)
    expect(isAuthFailure('auth')).toBe(false)
  })
})
