import type { Json } from './test-support'

/** One stream message: its text and, when it parses, its JSON. */
export interface Message {
  raw: string
  json: Json
  at: number
}

/**
 * Reads a stream in the background and lets tests wait for a message or the end, each with a
 * timeout: no sleeps stand in for a condition.
 */
export interface StreamReader {
  response: Response
  messages: Message[]
  chunks: string[]
  ended: boolean
  /** True when the body ended with an error (connection cut) rather than cleanly. */
  failed: boolean
  next(pred?: (m: Message) => boolean, timeoutMs?: number): Promise<Message>
  waitForEnd(timeoutMs?: number): Promise<void>
  close(): void
}

export async function openStream(url: string, headers: Record<string, string> = {}): Promise<StreamReader> {
  const controller = new AbortController()
  const response = await fetch(url, { headers, signal: controller.signal })
  const sse = (response.headers.get('content-type') ?? '').startsWith('text/event-stream')
  const messages: Message[] = []
  const chunks: string[] = []
  const listeners = new Set<() => void>()
  let cursor = 0
  let buffer = ''
  let ended = false
  let failed = false
  const notify = () => listeners.forEach((l) => l())
  const pump = async () => {
    const reader = response.body?.getReader()
    if (!reader) return
    const decoder = new TextDecoder()
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      const text = decoder.decode(value, { stream: true })
      chunks.push(text)
      buffer += text
      const sep = sse ? '\n\n' : '\n'
      let i: number
      while ((i = buffer.indexOf(sep)) >= 0) {
        const part = buffer.slice(0, i)
        buffer = buffer.slice(i + sep.length)
        const raw = sse ? part.replace(/^data: ?/gm, '') : part
        let json: unknown
        try {
          json = JSON.parse(raw)
        } catch {
          json = undefined
        }
        messages.push({ raw, json, at: performance.now() })
      }
      notify()
    }
  }
  void pump()
    .catch(() => {
      failed = true
    })
    .finally(() => {
      ended = true
      notify()
    })

  function waitUntil<T>(check: () => T | undefined, timeoutMs: number, what: string): Promise<T> {
    return new Promise((resolve, reject) => {
      const attempt = () => {
        const v = check()
        if (v === undefined) return false
        cleanup()
        resolve(v)
        return true
      }
      const timer = setTimeout(() => {
        cleanup()
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}; got ${messages.length} messages: ${messages.slice(-3).map((m) => m.raw.slice(0, 160)).join(' | ')}`))
      }, timeoutMs)
      const cleanup = () => {
        clearTimeout(timer)
        listeners.delete(listener)
      }
      const listener = () => void attempt()
      listeners.add(listener)
      attempt()
    })
  }

  return {
    response,
    messages,
    chunks,
    get ended() {
      return ended
    },
    get failed() {
      return failed
    },
    next(pred = () => true, timeoutMs = 5000) {
      return waitUntil(
        () => {
          for (; cursor < messages.length; cursor++) {
            const m = messages[cursor]
            if (m && pred(m)) {
              cursor++
              return m
            }
          }
          if (ended) throw new Error(`stream ended before the awaited message; last: ${messages.at(-1)?.raw ?? 'none'}`)
          return undefined
        },
        timeoutMs,
        'a matching message',
      )
    },
    waitForEnd(timeoutMs = 5000) {
      return waitUntil(() => (ended ? true : undefined), timeoutMs, 'the end of the stream').then(() => undefined)
    },
    close: () => controller.abort(),
  }
}

export const isEvent = (type?: string) => (m: Message) => m.json?.result?.event && (type === undefined || m.json.result.event.eventType === type)
