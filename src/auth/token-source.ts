import type { AuthorizationProvider } from '../dt'

/** Where access tokens come from: dt-live's own server, an in-browser service account, or Basic Auth. */
export type TokenMode = 'server' | 'service-account' | 'basic'

/** What the UI shows about authentication. A new, frozen object on every change (useSyncExternalStore). */
export interface TokenState {
  readonly status: 'idle' | 'loading' | 'ready' | 'error'
  /** Epoch ms when the current token expires; absent for tokens that never expire (Basic). */
  readonly expiresAt?: number
  readonly error?: { readonly status: number; readonly message: string; readonly isAuthFailure: boolean }
  readonly mode: TokenMode
}

/** Options for one `getAuthorization` call. */
export interface GetAuthorizationOptions {
  /** The API answered 401 with the last value: get a new token (rate-limited, see cached-token). */
  fresh?: boolean
  /** The header value that failed; if the source already holds a different one, that is returned at once. */
  stale?: string
}

/** One interface for every token source. */
export interface TokenSource {
  readonly mode: TokenMode
  /** Resolves to the full header value, `Bearer …` or `Basic …`; rejects with an AuthError. */
  getAuthorization(options?: GetAuthorizationOptions): Promise<string>
  /** Drops the cached token, so the next call fetches one; resets error backoff ("retry now"). */
  invalidate(): void
  getState(): TokenState
  /** Calls `listener` after every state change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void
  /** Stops timers and in-flight requests; later calls reject. */
  dispose(): void
}

/** Adapts a source to the `(fresh) => header` function the REST client and the stream take. */
export const toAuthorizationProvider =
  (source: TokenSource): AuthorizationProvider =>
  (fresh) =>
    source.getAuthorization({ fresh })
