/** The in-browser service account as the settings form holds it. */
export interface ServiceAccountCredentials {
  keyId: string
  secret: string
  email: string
  tokenUrl: string
}

/** The part of `Storage` used; tests pass a fake. */
export type SessionStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>

/** sessionStorage key; the value holds the secret, so it lives only as long as the tab. */
export const CREDENTIAL_STORAGE_KEY = 'dt-live.service-account'

function tabStorage(): SessionStore | null {
  try {
    // Deliberately sessionStorage, never localStorage: the secret must not outlive the tab.
    return typeof sessionStorage === 'undefined' ? null : sessionStorage
  } catch {
    return null // reading it throws SecurityError when the browser blocks storage
  }
}

function isCredentials(value: unknown): value is ServiceAccountCredentials {
  if (typeof value !== 'object' || value === null) return false
  const v = value as Record<string, unknown>
  return ['keyId', 'secret', 'email', 'tokenUrl'].every((k) => typeof v[k] === 'string')
}

/**
 * Remembers the in-browser service account for this tab, only when the user asks (`remember`).
 * With `storage` null (or no usable sessionStorage) it remembers nothing; the secret then stays in memory only.
 */
export function createCredentialStorage(storage: SessionStore | null = tabStorage(), key = CREDENTIAL_STORAGE_KEY) {
  return {
    /** The remembered account, or undefined (nothing stored, storage blocked, or unreadable). */
    load(): ServiceAccountCredentials | undefined {
      try {
        const raw = storage?.getItem(key)
        if (!raw) return undefined
        const parsed: unknown = JSON.parse(raw)
        if (!isCredentials(parsed)) return undefined
        return { keyId: parsed.keyId, secret: parsed.secret, email: parsed.email, tokenUrl: parsed.tokenUrl }
      } catch {
        return undefined
      }
    },
    /** Stores the account for the tab; false if storage is unavailable or full. */
    remember(credentials: ServiceAccountCredentials): boolean {
      if (!storage) return false
      const { keyId, secret, email, tokenUrl } = credentials
      try {
        storage.setItem(key, JSON.stringify({ keyId, secret, email, tokenUrl }))
        return true
      } catch {
        return false
      }
    },
    /** Removes the remembered account (sign out, or "remember" unticked). */
    forget(): void {
      try {
        storage?.removeItem(key)
      } catch {
        // nothing stored that we could reach
      }
    },
  }
}

/** The object `createCredentialStorage` returns. */
export type CredentialStorage = ReturnType<typeof createCredentialStorage>
