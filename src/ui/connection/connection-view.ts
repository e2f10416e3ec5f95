/** How the header shows the connection: a tone for colour, words for people. */
export type ConnectionTone = 'live' | 'pending' | 'warn' | 'error' | 'idle'

/** Everything the connection badge and the status panel show; built by the app from the stream status. */
export interface ConnectionView {
  tone: ConnectionTone
  /** Short state in words: "Live", "Reconnecting in 4 s (attempt 2 of 5)", "Offline", "Auth error". */
  label: string
  /** The reason, when not live: the server's message or what failed. */
  detail?: string
  /** What the user can check, for auth and configuration errors. */
  hint?: string
  canReconnect: boolean
  /** Epoch ms; absent when nothing arrived yet. */
  lastEventAt?: number
  lastPingAt?: number
  eventsPerSecond: number
}

/** One labelled figure of the status panel. */
export interface StatusRow {
  key: string
  label: string
  value: string
  /** Highlights a counter that signals trouble (malformed lines, error frames). */
  alert?: boolean
}
