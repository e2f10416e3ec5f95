import { createStore, type StoreApi } from 'zustand/vanilla'
import type { TokenState } from '../auth'
import type { StreamStatus } from '../stream'

/** The project as the header shows it. */
export interface ProjectInfo {
  id: string
  displayName: string
  organization: string
}

/** Connection-level state of the running session: small, changes at most a few times a second. */
export interface SessionState {
  project: ProjectInfo | null
  /** Why the project could not be read (wrong id, no access), shown with the connection state. */
  projectError: string | null
  stream: StreamStatus | null
  token: TokenState | null
  /** Events the store batcher dropped while the tab was hidden (bounded buffers). */
  droppedWhileHidden: number
}

export type SessionStore = StoreApi<SessionState>

export const INITIAL_SESSION_STATE: SessionState = {
  project: null,
  projectError: null,
  stream: null,
  token: null,
  droppedWhileHidden: 0,
}

/** A fresh session store; the app keeps one and resets it when the connection settings change. */
export function createSessionStore(): SessionStore {
  return createStore<SessionState>()(() => INITIAL_SESSION_STATE)
}
