import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { start, type Running } from '../emulator/test-support'
import { runClient } from './run-client'

const client = (name: string) => fileURLToPath(new URL(`./clients/${name}`, import.meta.url))

let r: Running
let fridge: string
let button: string
let door: string
beforeAll(async () => {
  r = await start({ faults: true })
  fridge = r.emu.createDevice('temperature', { name: 'Fridge – dairy' }).id
  button = r.emu.createDevice('touch', { name: 'Service button' }).id
  door = r.emu.createDevice('contact', { name: 'Dock door' }).id
})
afterAll(() => r.close())

const credentials = () => ({
  DT_API_URL: r.base,
  DT_TOKEN_URL: r.tokenUrl,
  DT_PROJECT_ID: r.project,
  DT_SERVICE_ACCOUNT_KEY_ID: r.emu.credentials.keyId,
  DT_SERVICE_ACCOUNT_SECRET: r.emu.credentials.secret,
  DT_SERVICE_ACCOUNT_EMAIL: r.emu.credentials.email,
})

describe('independent clients against a live emulator', () => {
  it('Python requests: Basic Auth, NDJSON lines, event_types and ping_interval', async () => {
    const py = runClient('python3', [client('python_stream.py')], {
      ...credentials(),
      EVENT_TYPES: 'temperature,touch',
      PING_INTERVAL: '0.3s',
      MAX_EVENTS: '2',
      MAX_PINGS: '2',
    })
    try {
      expect(await py.waitForLine(/^status /)).toBe('status 200 application/json')
      r.emu.publish(door, 'contact', { state: 'OPEN' })
      r.emu.publish(fridge, 'temperature', { value: 4.35 })
      r.emu.publish(button, 'touch', {})
      await py.waitForLine(/^done/)
      expect(await py.exited).toBe(0)
      const events = py.lines.filter((l) => l.startsWith('event '))
      expect(events[0]).toMatch(new RegExp(`^event temperature ${fridge} \\{"temperature": \\{"value": 4.35, "samples": \\[`))
      expect(events[1]).toMatch(new RegExp(`^event touch ${button} `))
      expect(events).toHaveLength(2)
      expect(py.lines.filter((l) => l === `ping projects/${r.project}`).length).toBeGreaterThanOrEqual(2)
      expect(py.lines.join('\n')).not.toContain(door)
    } finally {
      py.kill()
    }
  })

  it('Python requests: a nested error body before the stream starts', async () => {
    await fetch(`${r.origin}/control/respond`, { method: 'POST', body: JSON.stringify({ status: 503, count: 1 }) })
    const py = runClient('python3', [client('python_stream.py')], { ...credentials(), MAX_EVENTS: '1' })
    try {
      await py.waitForLine(/^error body /)
      expect(py.lines[0]).toBe('status 503 application/json')
      expect(JSON.parse(py.lines[1]?.slice('error body '.length) ?? '')).toEqual({ error: { code: 503, message: 'injected 503', details: [] } })
      expect(await py.exited).toBe(1)
    } finally {
      py.kill()
    }
  })

  it('Node eventsource 2.x: Bearer token from a JWT signed in the script, one line per event', async () => {
    const node = runClient(process.execPath, [client('node-eventsource.js')], { ...credentials(), MAX_EVENTS: '3' })
    try {
      await node.waitForLine(/^open$/)
      expect(node.lines[0]).toBe('token ok')
      r.emu.publish(fridge, 'temperature', { value: -1.5 })
      r.emu.publish(door, 'contact', { state: 'CLOSED' })
      r.emu.publish(button, 'touch', {})
      await node.waitForLine(/^done$/)
      expect(await node.exited).toBe(0)
      const events = node.lines.filter((l) => !['token ok', 'open', 'done'].includes(l))
      expect(events.map((l) => l.split(' ').slice(0, 2).join(' '))).toEqual([`temperature ${fridge}`, `contact ${door}`, `touch ${button}`])
      expect(JSON.parse(events[0]?.split(' ').slice(2).join(' ') ?? '')).toMatchObject({ temperature: { value: -1.5 } })
    } finally {
      node.kill()
    }
  })
})
