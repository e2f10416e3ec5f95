import { useEffect, useMemo, useRef } from 'react'
import { deviceStore, uiStore } from '../store'
import type { ClientConfig } from './client-config'
import type { ConnectionSettings, TypedCredentials } from './connection-settings'
import { attachProbeSession } from './perf-probe'
import type { ProjectList } from './project-list'
import { createSession, type Session } from './session'
import { INITIAL_SESSION_STATE, type SessionStore } from './session-state'

/** What the page may ask of the running session. */
export interface SessionHandle {
  reconnectNow(): void
  /** The projects the account can see; an error while no session runs (credentials missing). */
  listProjects(signal?: AbortSignal): Promise<ProjectList>
}

/**
 * Runs one session per (config, settings, credentials). StrictMode mounts effects twice: the first
 * session is stopped before the second starts, so the tab never holds two streams.
 */
export function useSession(
  config: ClientConfig | null,
  settings: ConnectionSettings | null,
  credentials: TypedCredentials,
  state: SessionStore,
): SessionHandle {
  const current = useRef<Session | null>(null)
  useEffect(() => {
    if (!config || !settings) return
    state.setState(INITIAL_SESSION_STATE)
    const s = createSession({ config, settings, credentials, devices: deviceStore, ui: uiStore, state })
    current.current = s
    s.start()
    const detach = attachProbeSession({ stats: () => s.stats(), state })
    return () => {
      detach()
      s.stop()
      if (current.current === s) current.current = null
    }
  }, [config, settings, credentials, state])
  return useMemo(
    () => ({
      reconnectNow: () => current.current?.reconnectNow(),
      listProjects: (signal?: AbortSignal) => current.current?.listProjects(signal) ?? Promise.resolve<ProjectList>({ ok: false, message: 'Not connected: check the connection settings.' }),
    }),
    [],
  )
}
