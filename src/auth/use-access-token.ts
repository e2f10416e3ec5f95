import { useEffect, useSyncExternalStore } from 'react'
import type { TokenSource, TokenState } from './token-source'

/**
 * The token state of `source` for the UI (loading, ready, error). While the state is idle (first
 * mount, or after invalidate) it asks for a token, so the UI shows progress before the stream does.
 * Components get state only; the stream gets `source.getAuthorization`, never this hook.
 */
export function useAccessToken(source: TokenSource): TokenState {
  const state = useSyncExternalStore(source.subscribe, source.getState, source.getState)
  const idle = state.status === 'idle'
  useEffect(() => {
    if (!idle) return
    source.getAuthorization().catch(() => {
      // the failure is in the state the hook returns
    })
  }, [source, idle])
  return state
}
