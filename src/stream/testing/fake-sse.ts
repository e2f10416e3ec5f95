/** One request the fake server received, with a body the test writes to. */
export interface FakeRequest {
  url: URL
  headers: Headers
  /** The fetch `cache` mode asked for. */
  cache: RequestCache | undefined
  signal: AbortSignal
  /** True while an SSE body is being served and neither side ended it. */
  open: boolean
  send(text: string): void
  close(): void
  /** Breaks the connection mid-stream, as a network failure would. */
  fail(message?: string): void
}

type Responder = (request: FakeRequest) => Response | Promise<Response>

/** SSE framing of one JSON payload, in one write. */
export const sseData = (payload: unknown) => `data: ${JSON.stringify(payload)}\n\n`

/** A JSON response, as an error answer at open. */
export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } })
}

interface ServedRequest extends FakeRequest {
  attach(controller: ReadableStreamDefaultController<Uint8Array>): void
}

/** A fake `fetch` answering SSE by default; `reply` queues other answers for the next requests. */
export function createFakeSse() {
  const requests: ServedRequest[] = []
  const queue: Responder[] = []
  const encoder = new TextEncoder()

  /** Serves an open SSE body to `request`; the test writes to it through the request. */
  function sse(request: FakeRequest): Response {
    const served = request as ServedRequest
    const body = new ReadableStream<Uint8Array>({
      start: (controller) => served.attach(controller),
      cancel: () => void (served.open = false),
    })
    served.open = true
    return new Response(body, { status: 200, headers: { 'content-type': 'text/event-stream' } })
  }

  function makeRequest(input: RequestInfo | URL, init: RequestInit | undefined): ServedRequest {
    let controller: ReadableStreamDefaultController<Uint8Array> | undefined
    const request: ServedRequest = {
      url: new URL(String(input), 'http://localhost'),
      headers: new Headers(init?.headers),
      cache: init?.cache,
      signal: init?.signal ?? new AbortController().signal,
      open: false,
      attach: (c) => void (controller = c),
      send: (text) => controller?.enqueue(encoder.encode(text)),
      close() {
        if (request.open) controller?.close()
        request.open = false
      },
      fail(message = 'network error') {
        if (request.open) controller?.error(new TypeError(message))
        request.open = false
      },
    }
    // Like a real fetch: aborting errors the body being read.
    request.signal.addEventListener('abort', () => {
      if (request.open) controller?.error(new DOMException('aborted', 'AbortError'))
      request.open = false
    })
    return request
  }

  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = makeRequest(input, init)
    requests.push(request)
    if (request.signal.aborted) throw new DOMException('aborted', 'AbortError')
    const responder = queue.shift()
    return responder ? responder(request) : sse(request)
  }

  return {
    fetch: fetch as typeof globalThis.fetch,
    requests: requests as readonly FakeRequest[],
    /** Queues answers for the next requests, in order; after them, SSE again. */
    reply: (...responders: Responder[]) => void queue.push(...responders),
    sse,
    /** Requests whose stream is open right now. */
    openCount: () => requests.filter((r) => r.open).length,
    last(): FakeRequest {
      const r = requests[requests.length - 1]
      if (!r) throw new Error('no request yet')
      return r
    },
  }
}
