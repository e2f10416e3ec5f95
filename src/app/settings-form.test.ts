import { describe, expect, it } from 'vitest'
import type { ClientConfig } from './client-config'
import { defaultSettings, loadSettings, saveSettings } from './connection-settings'
import { fromFormValues, toFormValues } from './settings-form'

const config: ClientConfig = {
  projectId: 'c0dtlivedem0pr0jectg',
  apiBaseUrl: '/api/v2',
  tokenUrl: '/auth/token',
  tokenProxyUrl: '/api/oauth2/token',
  source: 'emulator',
  upstreamApiUrl: 'http://127.0.0.1:8080/v2',
  upstreamTokenUrl: 'http://127.0.0.1:8080/oauth2/token',
}
const creds = { keyId: '', secret: '', email: '' }

function memoryStorage() {
  const m = new Map<string, string>()
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), map: m }
}

describe('settings form', () => {
  it('round-trips the defaults', () => {
    const r = fromFormValues(toFormValues(defaultSettings(config), creds, false))
    expect(r).toMatchObject({ ok: true, settings: defaultSettings(config) })
  })

  it('names every typo instead of applying it', () => {
    const v = { ...toFormValues(defaultSettings(config), creds, false), apiBaseUrl: 'api.example.com', projectId: 'has space', pingIntervalS: '10x', giveUpAfter: '2.5' }
    const r = fromFormValues(v)
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.errors.apiBaseUrl).toMatch(/http/)
    expect(r.errors.projectId).toMatch(/letters, digits/)
    expect(r.errors.pingIntervalS).toBe('Ping interval must be a number')
    expect(r.errors.giveUpAfter).toMatch(/whole number/)
  })

  it('requires the secret-bearing fields only for in-browser modes', () => {
    const base = toFormValues(defaultSettings(config), creds, false)
    const sa = fromFormValues({ ...base, authMode: 'service-account' })
    expect(sa.ok).toBe(false)
    if (!sa.ok) expect(Object.keys(sa.errors).sort()).toEqual(['email', 'keyId', 'secret'])
    const ok = fromFormValues({ ...base, authMode: 'service-account', keyId: ' k1 ', secret: 's3cret', email: 'a@b.serviceaccount.d21s.com', remember: true })
    expect(ok).toMatchObject({ ok: true, credentials: { keyId: 'k1', secret: 's3cret' }, remember: true })
  })

  it('stores only non-secret settings, and ignores stored values that no longer validate', () => {
    const storage = memoryStorage()
    const s = { ...defaultSettings(config), authMode: 'service-account' as const, pingIntervalS: 5 }
    saveSettings(s, storage)
    const stored = storage.map.get('dt-live:connection') ?? ''
    expect(stored).not.toMatch(/secret|keyId|email/)
    expect(loadSettings(defaultSettings(config), storage)).toEqual(s)
    storage.setItem('dt-live:connection', JSON.stringify({ pingIntervalS: -3, apiBaseUrl: 'ftp://x' }))
    expect(loadSettings(defaultSettings(config), storage)).toEqual(defaultSettings(config))
  })
})
