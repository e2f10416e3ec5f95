import { fetchEventSource, type EventSourceMessage } from '@microsoft/fetch-event-source'
import { decodeRestError, parseStreamLine, type Result, type StreamMessage } from '../dt'
import { parseRetryAfter } from './backoff'
import { isAuthFailure, type AttemptFailure } from './classify'

/** One connection attempt: where, with what, and whom to tell. */
export interface SseAttempt {
  url: string
  fetch: typeof fetch
  /** The full header value; called once, inside this attempt's fetch. */
  getAuthorization: () => Promise<string>
  /** This attempt's own signal; aborting it ends the attempt silently. */
  signal: AbortSignal
  now: () => number
  /** Status 200 and text/event-stream: the stream is open. */
  onOpen(): void
  /** Any message at all, empty keep-alives included: feeds the watchdog. */
  onActivity(): void
  /** A non-empty `data` payload, decoded; `raw` is the payload as sent. */
  onMessage(message: Result<StreamMessage>, raw: string): void
}

/** How an attempt ended: aborted by us, or failed in a way `classifyFailure` understands. */
export type SseAttemptEnd = { kind: 'aborted' } | { kind: 'failed'; failure: AttemptFailure }

class AttemptError extends Error {
  constructor(readonly failure: AttemptFailure) {
    super(failure.kind)
  }
}

const shorten = (text: string, max = 200) => (text.length > max ? `${text.slice(0, max)}…` : text)

async function errorMessage(response: Response): Promise<string> {
  const fallback = `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`
  // Proxies answer with HTML pages; their text is noise in a status badge.
  if (response.headers.get('content-type')?.includes('html')) return fallback
  const text = await response.text().catch(() => '')
  let body: unknown = text
  try {
    body = text ? JSON.parse(text) : null
  } catch {
    // plain text stays as is
  }
  // Nested `{error:{code,message}}` (gRPC-gateway) and flat `{error, code}` (REST) both read here.
  const message = decodeRestError(response.status, body).message
  return shorten(message === `HTTP ${response.status}` ? fallback : message)
}

async function checkOpen(response: Response, attempt: SseAttempt): Promise<void> {
  const contentType = response.headers.get('content-type')
  // The library's default onopen checks only the content type, so a 401 or 500 would be read as
  // a stream and retried every second forever (src/fetch.ts defaultOnOpen; issue #79).
  if (response.status === 200 && contentType?.startsWith('text/event-stream')) return attempt.onOpen()
  if (response.status === 200) {
    // Never read a 200 of the wrong type: an NDJSON stream would never end.
    await response.body?.cancel().catch(() => undefined)
    throw new AttemptError({ kind: 'http', status: 200, contentType, message: `unexpected content type ${contentType ?? '(none)'}` })
  }
  const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), attempt.now())
  const message = await errorMessage(response)
  throw new AttemptError({ kind: 'http', status: response.status, contentType, message, ...(retryAfterMs !== undefined ? { retryAfterMs } : {}) })
}

function toEnd(error: unknown, signal: AbortSignal): SseAttemptEnd {
  if (signal.aborted) return { kind: 'aborted' }
  if (error instanceof AttemptError) return { kind: 'failed', failure: error.failure }
  const message = error instanceof Error ? error.message : String(error)
  return { kind: 'failed', failure: { kind: 'network', message: shorten(message || 'network error') } }
}

/**
 * Runs one attempt through fetch-event-source. The promise never rejects and the library never
 * retries on its own: every end (close, error, bad open) comes back here, and the caller decides.
 */
export function runSseAttempt(attempt: SseAttempt): Promise<SseAttemptEnd> {
  const { signal } = attempt
  // The library only listens for a future 'abort' event, so an already-aborted signal would still
  // open a request (StrictMode's mount, unmount, mount). Issue #98.
  if (signal.aborted) return Promise.resolve({ kind: 'aborted' })

  return fetchEventSource(attempt.url, {
    signal,
    // Lower-case on purpose: the library adds its own `accept` unless this exact key is set.
    headers: { accept: 'text/event-stream' },
    // With false the library aborts on hide and reconnects on show behind our back (#17, #95, #36).
    openWhenHidden: true,
    // Headers are copied once per call, so a token in `headers` would be resent stale forever.
    // Asking per attempt and setting it here keeps every attempt's token fresh (#33, PR #67).
    fetch: async (input, init) => {
      let authorization: string
      try {
        authorization = await attempt.getAuthorization()
      } catch (e) {
        const message = e instanceof Error ? e.message : 'no credentials'
        throw new AttemptError({ kind: 'auth', fatal: isAuthFailure(e), message: shorten(message) })
      }
      // Aborted while the token was coming: send nothing at all.
      if (init?.signal?.aborted) throw new DOMException('aborted', 'AbortError')
      const headers = new Headers(init?.headers)
      headers.set('authorization', authorization)
      // Past the HTTP cache: a stream is never cached, and a cache entry for the same URL still
      // held by the attempt just aborted made Chrome restart this request after its answer, so
      // one attempt reached the API twice (a third 401 where the loop sent two; net log).
      return attempt.fetch(input, { ...init, headers, cache: 'no-store' })
    },
    onopen: (response) => checkOpen(response, attempt),
    onmessage: (message: EventSourceMessage) => {
      // A throw here exits the read loop without closing the response, and the retry opens a
      // second connection beside the leaked one (PR #7). So nothing escapes.
      try {
        attempt.onActivity()
        // Comments and id/retry-only blocks dispatch with empty data (#15): liveness, not events.
        if (message.data === '') return
        attempt.onMessage(parseStreamLine(message.data), message.data)
      } catch (e) {
        console.error('stream: message handler failed', e)
      }
    },
    // A normal end resolves quietly and would not reconnect; DT ends long streams on purpose,
    // so an end is always a failure to recover from (README "onclose"; PR #27).
    onclose: () => {
      throw new AttemptError({ kind: 'closed' })
    },
    // Returning would arm the library's own retry timer, which abort() cannot cancel (#24, #87)
    // and which has no backoff (#57, #101). Rethrowing hands every retry to our loop.
    onerror: (error: unknown) => {
      throw error
    },
  }).then(
    (): SseAttemptEnd => ({ kind: 'aborted' }),
    (error: unknown) => toEnd(error, signal),
  )
}
