/**
 * Streams device events over SSE with the `eventsource` 2.x package, as DT's Node example does:
 * a JWT signed here with the service-account secret, exchanged at the token endpoint for an
 * access token, then `new EventSource(url, { headers: { Authorization } })`. One line per event.
 */
import { createHmac } from 'node:crypto'
import EventSource from 'eventsource'

const API_URL = process.env.DT_API_URL ?? 'https://api.disruptive-technologies.com/v2'
const TOKEN_URL = process.env.DT_TOKEN_URL ?? 'https://identity.disruptive-technologies.com/oauth2/token'
const PROJECT_ID = process.env.DT_PROJECT_ID
const KEY_ID = process.env.DT_SERVICE_ACCOUNT_KEY_ID
const SECRET = process.env.DT_SERVICE_ACCOUNT_SECRET
const EMAIL = process.env.DT_SERVICE_ACCOUNT_EMAIL
const MAX_EVENTS = Number(process.env.MAX_EVENTS ?? 0)

/** Its output is the test's input: one line per event, written straight to stdout. */
const print = (line) => process.stdout.write(`${line}\n`)

const base64url = (value) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url')

/** HS256 JWT with `kid` = key id; iat and exp in whole seconds, at most one hour apart. */
function signAssertion() {
  const iat = Math.floor(Date.now() / 1000)
  const header = base64url({ alg: 'HS256', kid: KEY_ID, typ: 'JWT' })
  const claims = base64url({ iss: EMAIL, aud: TOKEN_URL, iat, exp: iat + 3600 })
  const signature = createHmac('sha256', SECRET).update(`${header}.${claims}`).digest('base64url')
  return `${header}.${claims}.${signature}`
}

async function getAccessToken() {
  const response = await fetch(TOKEN_URL, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer', assertion: signAssertion() }),
  })
  const body = await response.json()
  if (!response.ok) throw new Error(`token request failed: ${response.status} ${JSON.stringify(body)}`)
  return body.access_token
}

const token = await getAccessToken()
print('token ok')

const url = `${API_URL}/projects/${PROJECT_ID}/devices:stream?ping_interval=10s`
const source = new EventSource(url, { headers: { Authorization: `Bearer ${token}` } })
let count = 0

source.onopen = () => print('open')
source.onmessage = (message) => {
  const payload = JSON.parse(message.data)
  if (payload.error) {
    print(`stream error ${payload.error.code}`)
    return
  }
  const event = payload.result.event
  if (event.eventType === 'ping') return
  print(`${event.eventType} ${event.targetName.split('/').pop()} ${JSON.stringify(event.data)}`)
  count += 1
  if (MAX_EVENTS > 0 && count >= MAX_EVENTS) {
    source.close()
    print('done')
  }
}
source.onerror = (error) => {
  print(`error ${error.status ?? ''} ${error.message ?? ''}`.trim())
  source.close()
  process.exitCode = 1
}
