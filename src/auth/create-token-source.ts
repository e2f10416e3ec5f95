import type { FetchLike } from '../dt'
import { createBasicTokenSource } from './basic-token-source'
import type { CachingOptions } from './cached-token'
import { createServerTokenSource } from './server-token-source'
import { createServiceAccountTokenSource } from './service-account-token-source'
import type { TokenSource } from './token-source'

/** What the settings say about authentication; the secret-bearing variants live in memory only. */
export type TokenSourceSettings =
  | { mode: 'server'; url?: string }
  | { mode: 'service-account'; keyId: string; secret: string; email: string; tokenUrl: string; audience?: string }
  | { mode: 'basic'; keyId: string; secret: string }

/** Builds the source for `settings`; the caller disposes the old one when the settings change. */
export function createTokenSource(settings: TokenSourceSettings, deps: CachingOptions & { fetch?: FetchLike } = {}): TokenSource {
  switch (settings.mode) {
    case 'server':
      return createServerTokenSource({ ...deps, ...(settings.url ? { url: settings.url } : {}) })
    case 'service-account':
      return createServiceAccountTokenSource({ ...deps, ...settings })
    case 'basic':
      return createBasicTokenSource(settings)
  }
}
