import { describe, expect, it } from 'vitest'
import type { StreamStatus } from '../stream'
import { describeConnection, statusRows } from './describe-connection'

const totals = { events: 0, pings: 0, malformed: 0, errorFrames: 0, unknownTypes: 0, reconnects: 0, dropped: 0 }
const status = (patch: Partial<StreamStatus>): StreamStatus => ({ state: 'live', attempt: 0, maxAttempts: 5, eventsPerSecond: 0, totals, ...patch })

describe('describeConnection', () => {
  const now = 1_000_000

  it('says Live only once data came over the current connection', () => {
    expect(describeConnection(status({ connectedAt: now - 500 }), null, null, now)).toMatchObject({ tone: 'pending', label: 'Connected, waiting for data…' })
    expect(describeConnection(status({ connectedAt: now - 500, lastDataAt: now - 100 }), null, null, now)).toMatchObject({ tone: 'live', label: 'Live' })
  })

  it('counts down to the next attempt and names the attempt of the limit', () => {
    const v = describeConnection(status({ state: 'reconnecting', attempt: 2, nextRetryAt: now + 3400, lastError: { kind: 'http', status: 503, message: 'unavailable' } }), null, null, now)
    expect(v).toMatchObject({ tone: 'warn', label: 'Reconnecting in 4 s (attempt 2 of 5)', detail: 'unavailable', canReconnect: true })
    expect(describeConnection(status({ state: 'reconnecting', attempt: 1, maxAttempts: 0, nextRetryAt: now - 10 }), null, null, now).label).toBe('Reconnecting now (attempt 1)')
  })

  it('shows auth and configuration errors with the server message and what to check', () => {
    const auth = describeConnection(status({ state: 'auth-error', lastError: { kind: 'http', status: 401, message: 'access token unknown or expired' } }), null, null, now)
    expect(auth).toMatchObject({ tone: 'error', label: 'Auth error', detail: 'access token unknown or expired', canReconnect: true })
    expect(auth.hint).toMatch(/key id, secret and email/)
    const config = describeConnection(status({ state: 'config-error', lastError: { kind: 'http', status: 404, message: 'project not found' } }), null, null, now)
    expect(config).toMatchObject({ label: 'Configuration error', detail: 'project not found' })
    expect(config.hint).toMatch(/project id/)
  })

  it('reports a token failure before the stream ever started', () => {
    const v = describeConnection(null, { status: 'error', mode: 'server', error: { status: 400, message: 'invalid_grant: bad signature', isAuthFailure: true } }, null, now)
    expect(v).toMatchObject({ tone: 'error', label: 'Auth error', detail: 'invalid_grant: bad signature' })
  })

  it('offers Reconnect now when offline and explains that it resumes by itself', () => {
    const v = describeConnection(status({ state: 'offline', lastError: { kind: 'network', message: 'Failed to fetch' } }), null, null, now)
    expect(v).toMatchObject({ tone: 'error', label: 'Offline', canReconnect: true })
    expect(v.hint).toMatch(/resumes/)
  })
})

describe('statusRows', () => {
  it('flags malformed lines, error frames and drops, and lists the gap fill', () => {
    const rows = statusRows(
      status({
        totals: { ...totals, events: 1234, malformed: 2, errorFrames: 1 },
        gapFill: { state: 'done', from: 0, to: 1, devicesDone: 3, devicesTotal: 3, eventsMerged: 7, errors: [], truncated: false },
      }),
      null,
      0,
    )
    const byKey = Object.fromEntries(rows.map((r) => [r.key, r]))
    expect(byKey.events?.value).toBe('1,234')
    expect(byKey.malformed).toMatchObject({ value: '2', alert: true })
    expect(byKey['error-frames']).toMatchObject({ value: '1', alert: true })
    expect(byKey.dropped?.alert).toBe(false)
    expect(byKey['gap-fill']?.value).toBe('done: 3/3 devices, 7 events merged')
  })
})
