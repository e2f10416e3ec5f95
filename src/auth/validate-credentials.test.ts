import { describe, expect, it } from 'vitest'
import { checkApiBaseUrl, checkEmail, checkKeyId, checkSecret, checkServiceAccount, checkTokenUrl } from './validate-credentials'

describe('validate-credentials', () => {
  it('requires a key ID without spaces', () => {
    expect(checkKeyId('')).toEqual({ ok: false, message: 'Key ID is required' })
    expect(checkKeyId('c0pp pd1q')).toEqual({ ok: false, message: 'Key ID must not contain spaces' })
    expect(checkKeyId('c0pppd1qdqebrvv1iqp0')).toEqual({ ok: true })
  })

  it('requires a secret and flags surrounding spaces', () => {
    expect(checkSecret('')).toEqual({ ok: false, message: 'Secret is required' })
    expect(checkSecret(' abc')).toEqual({ ok: true, warning: 'Secret starts or ends with a space; check what was pasted' })
    expect(checkSecret('abc')).toEqual({ ok: true })
  })

  it('accepts DT service-account emails, warns on others, rejects non-emails', () => {
    expect(checkEmail('sa1@proj1.serviceaccount.d21s.com')).toEqual({ ok: true })
    expect(checkEmail('me@emulator.local')).toMatchObject({ ok: true, warning: expect.stringContaining('Not a DT service-account email') })
    expect(checkEmail('nobody')).toEqual({ ok: false, message: 'Email must look like <account>@<project>.serviceaccount.d21s.com' })
    expect(checkEmail(' ')).toEqual({ ok: false, message: 'Email is required' })
  })

  it('accepts absolute http(s) URLs and same-origin paths', () => {
    expect(checkApiBaseUrl('https://api.disruptive-technologies.com/v2')).toEqual({ ok: true })
    expect(checkApiBaseUrl('/api/v2')).toEqual({ ok: true })
    expect(checkTokenUrl('http://localhost:8080/oauth2/token')).toEqual({ ok: true })
  })

  it('says what is wrong with a URL', () => {
    expect(checkApiBaseUrl('api.d21s.com/v2')).toEqual({ ok: false, message: 'API base URL must start with http://, https:// or /' })
    expect(checkApiBaseUrl('ftp://api.d21s.com')).toEqual({ ok: false, message: 'API base URL must start with http://, https:// or /' })
    expect(checkApiBaseUrl('//evil.example/v2')).toEqual({ ok: false, message: 'API base URL must start with http://, https:// or /' })
    expect(checkTokenUrl('')).toEqual({ ok: false, message: 'Token URL is required' })
    expect(checkTokenUrl('https://key:secret@identity.example/token')).toEqual({ ok: false, message: 'Token URL must not contain a user name or password' })
    expect(checkTokenUrl('https://a b')).toEqual({ ok: false, message: 'Token URL must not contain spaces' })
    expect(checkTokenUrl('http://identity.example/token')).toEqual({ ok: true, warning: 'Token URL uses http://: tokens would travel unencrypted' })
  })

  it('checks a whole account at once', () => {
    const r = checkServiceAccount({ keyId: 'k', secret: '', email: 'sa@p.serviceaccount.d21s.com', tokenUrl: '/oauth2/token' })
    expect(r.ok).toBe(false)
    expect(r.fields.secret).toEqual({ ok: false, message: 'Secret is required' })
    expect(r.fields.keyId).toEqual({ ok: true })
  })
})
