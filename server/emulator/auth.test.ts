import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bearer, getJson, start, type Running } from './test-support'

let r: Running
let clock = Date.now()
beforeAll(async () => {
  r = await start({ now: () => clock, tokenLifetimeS: 60 })
})
afterAll(() => r.close())

const projects = () => `${r.base}/projects`
const basicOf = (user: string, pass: string) => `Basic ${Buffer.from(`${user}:${pass}`).toString('base64')}`

describe('authentication', () => {
  it('accepts Basic auth with the key id and secret', async () => {
    const res = await getJson(projects(), r.basic)
    expect(res.status).toBe(200)
    expect(res.body.projects.map((p: { name: string }) => p.name)).toEqual([`projects/${r.project}`])
  })

  it('rejects a wrong secret or key id with a flat 401', async () => {
    for (const auth of [basicOf(r.emu.credentials.keyId, 'nope'), basicOf('someone', r.emu.credentials.secret)]) {
      const res = await getJson(projects(), auth)
      expect(res.status).toBe(401)
      expect(res.body).toEqual({ error: 'invalid key id or secret', code: 401, help: 'https://docs.d21s.com/error/#401' })
    }
  })

  it('rejects missing and malformed Authorization headers', async () => {
    expect((await getJson(projects(), undefined)).status).toBe(401)
    expect((await getJson(projects(), 'Basic')).status).toBe(401)
    expect((await getJson(projects(), 'Token abc')).body.error).toMatch(/unsupported authorization scheme/)
  })

  it('accepts tokens it issued and rejects unknown ones', async () => {
    expect((await getJson(projects(), await bearer(r))).status).toBe(200)
    const unknown = await getJson(projects(), 'Bearer made-up-token')
    expect(unknown.status).toBe(401)
    expect(unknown.body.error).toBe('access token unknown or expired')
  })

  it('rejects a token once its lifetime has passed', async () => {
    const auth = await bearer(r)
    clock += 59_000
    expect((await getJson(projects(), auth)).status).toBe(200)
    clock += 2_000
    expect((await getJson(projects(), auth)).status).toBe(401)
  })

  it('takes ?token= on the stream only, and never the secret', async () => {
    const token = (await bearer(r)).slice('Bearer '.length)
    expect((await getJson(`${projects()}?token=${token}`, undefined)).status).toBe(401)
    const stream = `${r.base}/projects/${r.project}/devices:stream`
    const ok = await fetch(`${stream}?token=${token}`)
    expect(ok.status).toBe(200)
    await ok.body?.cancel()
    const secret = await getJson(`${stream}?token=${r.emu.credentials.secret}`, undefined)
    expect(secret.status).toBe(401)
  })

  it('refuses ?token= when allowQueryToken is off', async () => {
    const strict = await start({ allowQueryToken: false })
    try {
      const token = (await bearer(strict)).slice('Bearer '.length)
      const res = await getJson(`${strict.base}/projects/${strict.project}/devices:stream?token=${token}`, undefined)
      expect(res.status).toBe(401)
      expect(res.body.error.code).toBe(401)
    } finally {
      await strict.close()
    }
  })
})
