import { request } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { getJson, postJson, start, type Running } from './test-support'

let r: Running
beforeAll(async () => {
  r = await start()
})
afterAll(() => r.close())

/** Sends bytes fetch would refuse to send (bad percent-encoding, odd methods). */
function raw(method: string, path: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  const url = new URL(r.origin)
  return new Promise((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, method, path, headers }, (res) => {
      let body = ''
      res.on('data', (c: Buffer) => (body += c.toString()))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
    })
    req.on('error', reject)
    req.end()
  })
}

describe('bad input', () => {
  it('answers unknown routes with a JSON 404', async () => {
    for (const path of ['/v2', '/v2/nothing', `/v2/projects/${r.project}/sensors`, `/v2/projects/${r.project}/devices/x/y/z`, '/nowhere']) {
      const res = await getJson(`${r.origin}${path}`, r.basic)
      expect(res.status, path).toBe(404)
      expect(res.body.code, path).toBe(404)
    }
  })

  it('answers wrong methods with 405 and Allow', async () => {
    const res = await getJson(`${r.base}/projects`, r.basic, { method: 'DELETE' })
    expect(res.status).toBe(405)
    expect(res.headers.get('allow')).toBe('GET')
    const stream = await getJson(`${r.base}/projects/${r.project}/devices:stream`, r.basic, { method: 'POST' })
    expect(stream.status).toBe(405)
    expect(stream.body.error.code).toBe(405)
    expect((await getJson(`${r.base}/projects/${r.project}/devices:batchUpdate`, r.basic)).status).toBe(405)
  })

  it('checks auth before running a handler', async () => {
    expect((await postJson(`${r.base}/projects/${r.project}/devices`, undefined, { type: 'touch' })).status).toBe(401)
    expect((await getJson(`${r.base}/projects/${r.project}/devices`, 'Bearer')).status).toBe(401)
  })

  it('rejects garbage and non-object bodies with 400', async () => {
    const url = `${r.base}/projects/${r.project}/devices`
    for (const body of ['{{{', '[1,2]', '"text"', 'null']) {
      const res = await postJson(url, r.basic, body)
      expect(res.status, body).toBe(400)
      expect(res.body.code).toBe(400)
    }
    for (const body of ['{nope', 'null', '[]']) {
      const token = await getJson(r.tokenUrl, undefined, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body })
      expect(token.status, body).toBe(400)
      expect(token.body.error).toBe('invalid_request')
    }
  })

  it('rejects oversized bodies with 413', async () => {
    const res = await postJson(`${r.base}/projects/${r.project}/devices`, r.basic, 'x'.repeat(1024 * 1024 + 10))
    expect(res.status).toBe(413)
  })

  it('rejects malformed percent-encoding with 400 and unknown custom methods with 404', async () => {
    const bad = await raw('GET', `/v2/projects/%E0%A4%A/devices`, { Authorization: r.basic })
    expect(bad.status).toBe(400)
    expect(JSON.parse(bad.body).code).toBe(400)
    expect((await postJson(`${r.base}/projects/${r.project}/devices/abc:explode`, r.basic, {})).status).toBe(404)
  })

  it('accepts a percent-encoded colon in custom methods', async () => {
    const res = await fetch(`${r.base}/projects/${r.project}/devices%3Astream`, { headers: { Authorization: r.basic } })
    expect(res.status).toBe(200)
    await res.body?.cancel()
  })

  it('turns an exception in a handler into a JSON 500', async () => {
    const world = r.emu.context.world
    const original = world.visibleProjects.bind(world)
    world.visibleProjects = () => {
      throw new Error('boom')
    }
    const errors: unknown[] = []
    const consoleError = console.error
    console.error = (...args: unknown[]) => errors.push(args)
    try {
      const res = await getJson(`${r.base}/projects`, r.basic)
      expect(res.status).toBe(500)
      expect(res.body).toEqual({ error: 'internal error', code: 500, help: 'https://docs.d21s.com/error/#500' })
      expect(errors).toHaveLength(1)
    } finally {
      world.visibleProjects = original
      console.error = consoleError
    }
  })

  it('keeps serving after all of the above', async () => {
    expect((await getJson(`${r.origin}/health`, undefined)).body).toEqual({ ok: true })
    expect((await getJson(`${r.base}/projects`, r.basic)).status).toBe(200)
  })
})
