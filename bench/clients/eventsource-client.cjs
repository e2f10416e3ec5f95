/**
 * The simple Node client of DT's streaming example: the `eventsource` 2.x package, an
 * Authorization header (Basic Auth with a service-account key), and one printed line per event.
 * The bench counts the lines on its stdout. Usage: DT_API_URL=… DT_PROJECT_ID=… node eventsource-client.cjs
 */
const EventSource = require('eventsource')

const API_URL_BASE = process.env.DT_API_URL
const PROJECT_ID = process.env.DT_PROJECT_ID
const KEY_ID = process.env.DT_SERVICE_ACCOUNT_KEY_ID
const SECRET = process.env.DT_SERVICE_ACCOUNT_SECRET

const url = `${API_URL_BASE}/projects/${PROJECT_ID}/devices:stream?ping_interval=10s`
const auth = 'Basic ' + Buffer.from(`${KEY_ID}:${SECRET}`).toString('base64')
const stream = new EventSource(url, { headers: { Authorization: auth } })

stream.onopen = () => console.error('open')
stream.onmessage = (message) => {
  const payload = JSON.parse(message.data)
  if (payload.error) {
    console.error(`stream error ${payload.error.code} ${payload.error.message}`)
    return
  }
  const event = payload.result.event
  if (event.eventType === 'ping') return
  console.log(`${event.timestamp} ${event.eventType} ${event.targetName.split('/').pop()} ${JSON.stringify(event.data)}`)
}
stream.onerror = (error) => console.error(`error ${error.status ?? ''} ${error.message ?? ''}`)
