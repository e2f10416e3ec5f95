import { SignJWT } from 'jose'
import { createEmulator, type Emulator, type EmulatorOptions } from './index'

export { isEvent, openStream, type Message, type StreamReader } from './test-stream-reader'

/** Response and frame bodies as tests probe them, field by field with expect(). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- untyped JSON is the thing under test
export type Json = any

/** Shared by the emulator's tests: a live emulator on a free port, and stream readers. */
export interface Running {
  emu: Emulator
  origin: string
  base: string
  tokenUrl: string
  project: string
  basic: string
  close(): Promise<void>
}

export async function start(options: EmulatorOptions = {}): Promise<Running> {
  const emu = createEmulator({ simulate: false, ...options })
  const { baseUrl, tokenUrl } = await emu.listen(0)
  const { keyId, secret } = emu.credentials
  return {
    emu,
    origin: baseUrl.replace(/\/v2$/, ''),
    base: baseUrl,
    tokenUrl,
    project: emu.projectId,
    basic: `Basic ${Buffer.from(`${keyId}:${secret}`).toString('base64')}`,
    close: () => emu.close(),
  }
}

export async function getJson(url: string, auth: string | undefined, init: RequestInit = {}): Promise<{ status: number; body: Json; headers: Headers }> {
  const headers = new Headers(init.headers)
  if (auth) headers.set('Authorization', auth)
  const res = await fetch(url, { ...init, headers })
  const text = await res.text()
  let body: unknown = text
  try {
    body = text ? JSON.parse(text) : undefined
  } catch {
    // kept as text for the assertion to show
  }
  return { status: res.status, body, headers: res.headers }
}

export async function postJson(url: string, auth: string | undefined, body: unknown) {
  return getJson(url, auth, { method: 'POST', body: typeof body === 'string' ? body : JSON.stringify(body), headers: { 'Content-Type': 'application/json' } })
}

export interface Assertion {
  header?: Record<string, unknown>
  claims?: Record<string, unknown>
  secret?: string
}

/** A JWT-bearer assertion as DT's clients build it; tests override one part at a time. */
export async function assertion(r: Running, a: Assertion = {}): Promise<string> {
  const iat = Math.floor(Date.now() / 1000)
  const claims = { iss: r.emu.credentials.email, aud: r.tokenUrl, iat, exp: iat + 3600, ...a.claims }
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256', kid: r.emu.credentials.keyId, typ: 'JWT', ...a.header } as { alg: string })
    .sign(new TextEncoder().encode(a.secret ?? r.emu.credentials.secret))
}

export async function requestToken(r: Running, form: Record<string, string>) {
  return getJson(r.tokenUrl, undefined, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form).toString(),
  })
}

export const JWT_BEARER = 'urn:ietf:params:oauth:grant-type:jwt-bearer'

export async function bearer(r: Running): Promise<string> {
  const res = await requestToken(r, { grant_type: JWT_BEARER, assertion: await assertion(r) })
  if (res.status !== 200) throw new Error(`token request failed: ${JSON.stringify(res.body)}`)
  return `Bearer ${res.body.access_token as string}`
}

/** Polls a condition on the emulator's own state (not the network), with a timeout. */
export async function until(check: () => boolean, timeoutMs = 3000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not met in time')
    await new Promise((r) => setTimeout(r, 5))
  }
}
