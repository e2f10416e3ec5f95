// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import { CREDENTIAL_STORAGE_KEY, createCredentialStorage, type SessionStore } from './credential-storage'

const account = { keyId: 'c0pppd1qdqebrvv1iqp0', secret: 's3cret', email: 'sa1@proj1.serviceaccount.d21s.com', tokenUrl: '/oauth2/token' }

afterEach(() => {
  sessionStorage.clear()
  localStorage.clear()
})

describe('createCredentialStorage', () => {
  it('stores nothing until asked, then only in sessionStorage', () => {
    const storage = createCredentialStorage()
    expect(storage.load()).toBeUndefined()
    expect(sessionStorage.length).toBe(0)
    expect(storage.remember(account)).toBe(true)
    expect(sessionStorage.getItem(CREDENTIAL_STORAGE_KEY)).not.toBeNull()
    expect(localStorage.length).toBe(0)
    expect(storage.load()).toEqual(account)
  })

  it('stores only the four fields', () => {
    const storage = createCredentialStorage()
    storage.remember({ ...account, extra: 'x' } as typeof account)
    expect(Object.keys(JSON.parse(sessionStorage.getItem(CREDENTIAL_STORAGE_KEY) ?? '{}'))).toEqual(['keyId', 'secret', 'email', 'tokenUrl'])
  })

  it('forgets on request', () => {
    const storage = createCredentialStorage()
    storage.remember(account)
    storage.forget()
    expect(storage.load()).toBeUndefined()
    expect(sessionStorage.length).toBe(0)
  })

  it('ignores unreadable or incomplete entries', () => {
    sessionStorage.setItem(CREDENTIAL_STORAGE_KEY, '{not json')
    expect(createCredentialStorage().load()).toBeUndefined()
    sessionStorage.setItem(CREDENTIAL_STORAGE_KEY, JSON.stringify({ keyId: 'k' }))
    expect(createCredentialStorage().load()).toBeUndefined()
  })

  it('reports false when storage refuses, and works on an injected store', () => {
    const full: SessionStore = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('quota', 'QuotaExceededError')
      },
      removeItem: () => {},
    }
    expect(createCredentialStorage(full).remember(account)).toBe(false)
    const map = new Map<string, string>()
    const fake: SessionStore = { getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v), removeItem: (k) => void map.delete(k) }
    const storage = createCredentialStorage(fake, 'custom')
    storage.remember(account)
    expect([...map.keys()]).toEqual(['custom'])
    expect(sessionStorage.length).toBe(0)
  })

  it('remembers nothing without storage', () => {
    const storage = createCredentialStorage(null)
    expect(storage.remember(account)).toBe(false)
    expect(storage.load()).toBeUndefined()
  })
})
