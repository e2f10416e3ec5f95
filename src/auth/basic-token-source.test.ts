import { describe, expect, it } from 'vitest'
import { createBasicTokenSource, encodeBasicAuthorization } from './basic-token-source'

const decode = (header: string) => Buffer.from(header.replace(/^Basic /, ''), 'base64').toString('utf8')

describe('createBasicTokenSource', () => {
  it('encodes keyId:secret in base64', () => {
    expect(encodeBasicAuthorization('key', 'secret')).toBe(`Basic ${Buffer.from('key:secret').toString('base64')}`)
  })

  it('encodes non-ASCII secrets as UTF-8', () => {
    const header = encodeBasicAuthorization('c0pppd1qdqebrvv1iqp0', 'pässwörd-ключ-🔑')
    expect(decode(header)).toBe('c0pppd1qdqebrvv1iqp0:pässwörd-ключ-🔑')
  })

  it('is always ready and returns the same header when asked for a fresh one', async () => {
    const source = createBasicTokenSource({ keyId: 'key', secret: 'secret' })
    expect(source.getState()).toEqual({ status: 'ready', mode: 'basic' })
    const header = await source.getAuthorization()
    expect(await source.getAuthorization({ fresh: true })).toBe(header)
    source.invalidate()
    expect(await source.getAuthorization()).toBe(header)
  })

  it('reports missing credentials or a colon in the key ID as wrong credentials', async () => {
    const empty = createBasicTokenSource({ keyId: '', secret: 'x' })
    expect(empty.getState()).toMatchObject({ status: 'error', error: { isAuthFailure: true, message: 'Basic Auth needs a key ID and a secret' } })
    await expect(empty.getAuthorization()).rejects.toMatchObject({ name: 'AuthError', isAuthFailure: true })
    const colon = createBasicTokenSource({ keyId: 'a:b', secret: 'x' })
    expect(colon.getState().error?.message).toBe('Key ID must not contain ":"')
  })

  it('rejects after dispose', async () => {
    const source = createBasicTokenSource({ keyId: 'key', secret: 'secret' })
    source.dispose()
    await expect(source.getAuthorization()).rejects.toMatchObject({ message: 'token source was disposed' })
  })
})
