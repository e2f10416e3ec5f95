import type { TokenState } from '../auth'
import type { StreamStatus } from '../stream'
import type { ConnectionView, StatusRow } from '../ui/connection/connection-view'
import { formatAge, formatRate } from '../ui/format-age'

const AUTH_HINT = 'Check the service-account key id, secret and email (settings, or the DT_SERVICE_ACCOUNT_* variables of the server).'
const CONFIG_HINT = 'Check the project id and the API base URL in the settings, and that the service account has access to the project.'

function seconds(ms: number): number {
  return Math.max(0, Math.ceil(ms / 1000))
}

/** The header's words for the stream state, including the countdown to the next attempt. */
export function describeConnection(
  stream: StreamStatus | null,
  token: TokenState | null,
  projectError: string | null,
  now: number,
): ConnectionView {
  const base = {
    eventsPerSecond: stream?.eventsPerSecond ?? 0,
    ...(stream?.lastEventAt ? { lastEventAt: stream.lastEventAt } : {}),
    ...(stream?.lastPingAt ? { lastPingAt: stream.lastPingAt } : {}),
  }
  if (!stream || stream.state === 'idle') {
    if (token?.status === 'error' && token.error?.isAuthFailure) {
      return { ...base, tone: 'error', label: 'Auth error', detail: token.error.message, hint: AUTH_HINT, canReconnect: true }
    }
    return { ...base, tone: 'pending', label: 'Connecting…', canReconnect: false }
  }
  const message = stream.lastError?.message
  switch (stream.state) {
    case 'connecting':
      return { ...base, tone: 'pending', label: stream.attempt > 0 ? `Connecting (attempt ${stream.attempt + 1})…` : 'Connecting…', canReconnect: false }
    case 'live':
      // "Live" only once data came over this connection: a stalled server answers 200 and then nothing.
      if (stream.connectedAt !== undefined && (stream.lastDataAt ?? 0) < stream.connectedAt) {
        return { ...base, tone: 'pending', label: 'Connected, waiting for data…', canReconnect: false }
      }
      if (projectError) return { ...base, tone: 'warn', label: 'Live', detail: `Project: ${projectError}`, canReconnect: false }
      return { ...base, tone: 'live', label: 'Live', canReconnect: false }
    case 'reconnecting': {
      const wait = stream.nextRetryAt === undefined ? 0 : seconds(stream.nextRetryAt - now)
      const of = stream.maxAttempts > 0 ? ` of ${stream.maxAttempts}` : ''
      const when = wait > 0 ? `in ${wait} s` : 'now'
      return { ...base, tone: 'warn', label: `Reconnecting ${when} (attempt ${stream.attempt}${of})`, ...(message ? { detail: message } : {}), canReconnect: true }
    }
    case 'offline':
      return {
        ...base,
        tone: 'error',
        label: 'Offline',
        detail: message ?? 'The stream gave up after repeated failures.',
        hint: 'It resumes by itself when the network or the tab comes back.',
        canReconnect: true,
      }
    case 'paused':
      return { ...base, tone: 'idle', label: 'Paused while hidden', canReconnect: true }
    case 'auth-error':
      return { ...base, tone: 'error', label: 'Auth error', detail: message ?? token?.error?.message ?? 'Not authorised', hint: AUTH_HINT, canReconnect: true }
    case 'config-error':
      return { ...base, tone: 'error', label: 'Configuration error', detail: message ?? 'The API refused the request', hint: CONFIG_HINT, canReconnect: true }
    case 'stopped':
      return { ...base, tone: 'idle', label: 'Stopped', canReconnect: true }
  }
}

/** The status panel's figures: state machine, ages, rates and counters. */
export function statusRows(stream: StreamStatus | null, token: TokenState | null, now: number): StatusRow[] {
  if (!stream) return [{ key: 'state', label: 'State', value: 'starting' }]
  const t = stream.totals
  const rows: StatusRow[] = [
    { key: 'state', label: 'State', value: stream.state },
    { key: 'attempt', label: 'Attempt', value: stream.maxAttempts ? `${stream.attempt} of ${stream.maxAttempts}` : String(stream.attempt) },
    { key: 'last-event', label: 'Last event', value: stream.lastEventAt ? `${formatAge(stream.lastEventAt, now)} ago` : 'none yet' },
    { key: 'last-ping', label: 'Last ping', value: stream.lastPingAt ? `${formatAge(stream.lastPingAt, now)} ago` : 'none yet' },
    { key: 'rate', label: 'Events / s', value: formatRate(stream.eventsPerSecond) },
    { key: 'events', label: 'Events', value: t.events.toLocaleString('en-US') },
    { key: 'reconnects', label: 'Reconnects', value: String(t.reconnects) },
    { key: 'malformed', label: 'Malformed lines', value: String(t.malformed), alert: t.malformed > 0 },
    { key: 'error-frames', label: 'Error frames', value: String(t.errorFrames), alert: t.errorFrames > 0 },
    { key: 'unknown-types', label: 'Unknown event types', value: String(t.unknownTypes) },
    { key: 'dropped', label: 'Dropped (buffers full)', value: String(t.dropped), alert: t.dropped > 0 },
  ]
  if (stream.lastError) {
    const status = stream.lastError.status ? ` (${stream.lastError.status})` : ''
    rows.push({ key: 'last-error', label: 'Last error', value: `${stream.lastError.kind}${status}: ${stream.lastError.message}` })
  }
  if (stream.lastMalformed) rows.push({ key: 'last-malformed', label: 'Last malformed line', value: stream.lastMalformed })
  if (stream.lastErrorFrame) rows.push({ key: 'last-error-frame', label: 'Last error frame', value: stream.lastErrorFrame })
  const g = stream.gapFill
  if (g) {
    const extra = g.errors.length ? `, ${g.errors.length} failed` : ''
    rows.push({ key: 'gap-fill', label: 'Gap fill', value: `${g.state}: ${g.devicesDone}/${g.devicesTotal} devices, ${g.eventsMerged} events merged${extra}${g.truncated ? ' (truncated)' : ''}` })
  }
  if (token) {
    const expiry = token.expiresAt ? `, expires in ${formatAge(now, token.expiresAt)}` : ''
    rows.push({ key: 'token', label: 'Token', value: `${token.mode}: ${token.status}${expiry}` })
  }
  return rows
}
