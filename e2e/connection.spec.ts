import { expect, test, type Request } from '@playwright/test'
import { connection, expectStatus, FAST, labelsSeen, labelTimeline, openDashboard, statusValue } from './support/dashboard-page'
import { emulatorControl, expectUnchangedFor, sampleDuring, type EmulatorControl } from './support/emulator-control'
import { startApp, startEmulator, type RunningProcess } from './support/processes'

// dt-live's server talks to a separate emulator with faults on, exactly as it would talk to DT's
// cloud: DT_API_URL, DT_TOKEN_URL and the service account point at it.
const EMULATOR_PORT = Number(process.env.E2E_FAULT_EMULATOR_PORT ?? 4210)
const APP_PORT = Number(process.env.E2E_FAULT_APP_PORT ?? 4211)

let emulator: RunningProcess
let app: RunningProcess
let control: EmulatorControl

test.describe.configure({ mode: 'serial' })

test.beforeAll(async () => {
  emulator = await startEmulator(EMULATOR_PORT)
  app = await startApp(APP_PORT, emulator.url)
  control = emulatorControl(emulator.url)
})

test.afterAll(async () => {
  await app?.stop()
  await emulator?.stop()
})

test.beforeEach(async () => {
  await control.reset()
  await control.settings({ maxStreamDurationMs: 3_600_000, tokenLifetimeS: 3600 })
})

const streamRequests = async () => (await control.stats()).requests.stream ?? 0
const openStreams = async () => (await control.stats()).openStreams

test('an abrupt drop reconnects by itself and comes back live', async ({ page }) => {
  await openDashboard(page, app.url)
  const before = await streamRequests()
  const dropped = Date.now()
  await control.drop()
  await expect.poll(streamRequests).toBe(before + 1)
  await expect(connection(page)).toHaveText('Live')
  await expect.poll(openStreams).toBe(1)
  console.log(`drop → new stream request after ${Date.now() - dropped} ms`)
  await expectStatus(page, 'reconnects', '1')
  await expectStatus(page, 'last-error', /network/)
})

test('a stalled stream is noticed by the watchdog and replaced', async ({ page }) => {
  await openDashboard(page, app.url)
  const before = await streamRequests()
  await control.stall()
  const stalled = Date.now()
  await expectStatus(page, 'last-error', /watchdog/, 10_000)
  const firstNotLive = (await labelTimeline(page)).find((l) => l.at > stalled && l.text !== 'Live')
  const noticed = (firstNotLive?.at ?? Number.NaN) - stalled
  console.log(`stall noticed after ${noticed} ms (ping 1 s + margin 1 s)`)
  expect(noticed).toBeGreaterThanOrEqual(1000)
  expect(noticed).toBeLessThanOrEqual(2000 + 1500)
  // While stalled, every new stream is stalled too: the page must not claim to be live.
  await expect(connection(page)).not.toHaveText('Live')
  await control.resume()
  await expect(connection(page)).toHaveText('Live', { timeout: 15_000 })
  expect(await streamRequests()).toBeGreaterThan(before)
  await expect.poll(openStreams).toBe(1)
})

test('the maximum-duration close is followed at once by a new stream, without showing an error', async ({ page }) => {
  await control.settings({ maxStreamDurationMs: 2000 })
  await openDashboard(page, app.url)
  const before = await streamRequests()
  await expect.poll(streamRequests, { timeout: 15_000 }).toBeGreaterThanOrEqual(before + 3)
  await expect(connection(page)).toHaveText('Live')
  expect((await labelsSeen(page)).filter((l) => /error|Offline/i.test(l))).toEqual([])
  await expectStatus(page, 'error-frames', /^[1-9]/)
})

test('tokens expired mid-stream: the stream goes on, and the next connection gets a fresh token without an error', async ({ page }) => {
  await openDashboard(page, app.url)
  const before = await control.stats()
  await control.expireTokens()
  const events = Number((await statusValue(page, 'events')).replace(/,/g, ''))
  await expect.poll(async () => Number((await statusValue(page, 'events')).replace(/,/g, ''))).toBeGreaterThan(events)
  await control.drop()
  // Whichever call meets the dead token first (the stream or a history request) gets a 401,
  // the token is renewed once, and the stream reconnects with it.
  await expect.poll(async () => (await control.stats()).requests.token ?? 0).toBeGreaterThan(before.requests.token ?? 0)
  await expect.poll(async () => (await control.stats()).streamRequestsByStatus['200'] ?? 0).toBe((before.streamRequestsByStatus['200'] ?? 0) + 1)
  await expect(connection(page)).toHaveText('Live')
  expect((await labelsSeen(page)).filter((l) => /Auth|error|Offline/i.test(l))).toEqual([])
})

test('wrong credentials typed in the settings show an auth error and reach the stream at most twice', async ({ page }) => {
  await openDashboard(page, app.url)
  await page.getByRole('button', { name: 'Settings' }).click()
  const dialog = page.getByRole('dialog', { name: 'Settings' })
  await dialog.getByLabel('Authentication').selectOption('basic')
  await dialog.getByLabel('Key id').fill('c0dtlive0demo0ke0000')
  await dialog.getByLabel('Secret').fill('not-the-secret')
  const unauthorized = async () => (await control.stats()).streamRequestsByStatus['401'] ?? 0
  const before = await unauthorized()
  await dialog.getByRole('button', { name: 'Apply' }).click()
  await expect(connection(page)).toHaveText('Auth error')
  expect(await statusValue(page, 'last-error')).toMatch(/401/)
  // One attempt, one retry after asking for a fresh credential, then nothing.
  await expectUnchangedFor(unauthorized, before + 2, 3000)
})

test('wrong credentials on the server show the identity service message', async ({ page }) => {
  const badApp = await startApp(APP_PORT + 10, emulator.url, { secret: 'wrong-secret' })
  try {
    const before = await streamRequests()
    await page.goto(badApp.url)
    await expect(connection(page)).toHaveText('Auth error')
    await page.getByRole('button', { name: /Show connection details$/ }).click()
    await expect(page.getByRole('region', { name: 'Connection details' })).toContainText(/signature/i)
    await expectUnchangedFor(async () => (await streamRequests()) - before <= 2, true, 2000)
  } finally {
    await badApp.stop()
  }
})

for (const [status, project] of [
  [403, 'c0otherpr0ject000000'],
  [404, 'c0n0such0pr0ject0000'],
] as const) {
  test(`a ${status} project is a configuration error with no retries`, async ({ page }) => {
    const before = await streamRequests()
    await openDashboard(page, app.url, { ...FAST, projectId: project }, false)
    await expect(connection(page)).toHaveText('Configuration error')
    await page.getByRole('button', { name: /Show connection details$/ }).click()
    await expect(page.getByRole('region', { name: 'Connection details' })).toContainText(String(status))
    await expectUnchangedFor(async () => (await streamRequests()) - before, 1, 3000)
  })
}

test('429 waits for Retry-After before the next attempt', async ({ page }) => {
  await openDashboard(page, app.url)
  // Timed by the browser's own request timing: polling the emulator's counters would blur both
  // ends by up to a poll interval, and test-side event times by their delivery.
  const requests: Request[] = []
  page.on('request', (r) => r.url().includes('devices:stream') && requests.push(r))
  await control.respond(429, 1, 2)
  await control.drop()
  await expect(connection(page)).toHaveText(/Reconnecting in [12] s/)
  await expect(connection(page)).toHaveText('Live')
  const statuses = await Promise.all(requests.map(async (r) => (await r.response())?.status() ?? 0))
  const limited = requests[statuses.indexOf(429)]
  const next = requests[statuses.indexOf(429) + 1]
  if (!limited || !next) throw new Error(`expected a 429 and a request after it, saw ${statuses.join(', ')}`)
  const answered = limited.timing().startTime + limited.timing().responseStart
  const waited = Math.round(next.timing().startTime - answered)
  console.log(`429 Retry-After 2 s → next attempt after ${waited} ms`)
  expect(waited).toBeGreaterThanOrEqual(1950)
  expect(waited).toBeLessThanOrEqual(4000)
  expect((await control.stats()).streamRequestsByStatus['429']).toBe(1)
})

test('503s are retried with growing, capped delays, never a storm', async ({ page }) => {
  await openDashboard(page, app.url, { ...FAST, giveUpAfter: 0 })
  await control.respond(503, 4)
  const times: number[] = []
  let last = await streamRequests()
  await sampleDuring(
    async () => {
      const n = await streamRequests()
      if (n !== last) {
        times.push(Date.now())
        last = n
      }
    },
    async () => {
      times.push(Date.now())
      await control.drop()
      await expect(connection(page)).toHaveText('Live', { timeout: 40_000 })
    },
    15,
  )
  const delays = times.slice(1).map((t, i) => t - (times[i] ?? t))
  console.log(`503 sequence: delays between stream requests ${delays.join(', ')} ms`)
  // After the drop: a reconnect, four 503s, then success: five requests, each after a full-jitter
  // delay drawn from [0, 1 s · 2^n] (plus request time), so the ceiling doubles every attempt.
  expect(delays).toHaveLength(5)
  const caps = [1000, 2000, 4000, 8000, 16000].map((c) => c + 500)
  delays.forEach((d, i) => expect(d).toBeLessThanOrEqual(caps[i] ?? 0))
  expect((await labelsSeen(page)).some((l) => /attempt 3/.test(l))).toBe(true)
})

test('a malformed line and an unknown event type are counted and the stream goes on', async ({ page }) => {
  await openDashboard(page, app.url)
  await control.inject('malformed')
  await control.inject('unknownEventType')
  await expectStatus(page, 'malformed', '1')
  await expectStatus(page, 'unknown-types', '1')
  const events = Number((await statusValue(page, 'events')).replace(/,/g, ''))
  await expect.poll(async () => Number((await statusValue(page, 'events')).replace(/,/g, ''))).toBeGreaterThan(events)
  await expect(connection(page)).toHaveText('Live')
  await expect(page.getByRole('log')).toContainText('lightLevel')
})

test('at most one open stream per tab, through drops, stalls and settings changes', async ({ page }) => {
  await openDashboard(page, app.url)
  const samples = await sampleDuring(openStreams, async () => {
    await control.drop()
    await expect(connection(page)).toHaveText('Live')
    await control.stall()
    await expect(connection(page)).toHaveText(/Reconnecting/, { timeout: 10_000 })
    await control.resume()
    await expect(connection(page)).toHaveText('Live', { timeout: 15_000 })
    await page.getByRole('button', { name: 'Settings' }).click()
    await page.getByRole('dialog', { name: 'Settings' }).getByLabel('Ping interval (s)').fill('2')
    await page.getByRole('button', { name: 'Apply' }).click()
    await expect(connection(page)).toHaveText('Live')
    await expect.poll(openStreams).toBe(1)
  })
  expect(Math.max(...samples)).toBe(1)
})

test('an emulator restart is survived: the page reconnects once it is back', async ({ page }) => {
  await openDashboard(page, app.url, { ...FAST, giveUpAfter: 0 })
  await emulator.stop('SIGKILL')
  await expect(connection(page)).toHaveText(/Reconnecting/)
  await expectStatus(page, 'last-error', /502|unreachable|network/)
  emulator = await startEmulator(EMULATOR_PORT)
  control = emulatorControl(emulator.url)
  // The restarted emulator knows none of the old tokens: the page must renew its token as well.
  await expect(connection(page)).toHaveText('Live', { timeout: 40_000 })
  await expect.poll(openStreams).toBe(1)
})

test('browser offline then online: the page says offline, then reconnects by itself', async ({ page, context }) => {
  await openDashboard(page, app.url)
  const before = await streamRequests()
  // The network goes: the browser reports offline and the open connection dies with it.
  await context.setOffline(true)
  await control.drop()
  await expect(connection(page)).toHaveText('Offline')
  // A background tab says it too.
  await expect(page).toHaveTitle(/^Offline · .+ — dt-live$/)
  // No attempts while the browser says it is offline.
  await expectUnchangedFor(streamRequests, before, 1500)
  await context.setOffline(false)
  await expect(connection(page)).toHaveText('Live', { timeout: 15_000 })
  await expect(page).not.toHaveTitle(/Offline/)
  expect(await streamRequests()).toBeGreaterThan(before)
  await expect.poll(openStreams).toBe(1)
})

test('gap fill: events published while the stream was down appear after the reconnect, exactly once', async ({ page }) => {
  await openDashboard(page, app.url, { ...FAST, giveUpAfter: 0 })
  const probe = await control.createDevice('temperature', 'Gap probe')
  await control.publish(probe, { temperature: { value: 11.1 } })
  // Narrow the page to the probe: the search filters the cards and the log alike.
  await page.getByRole('searchbox', { name: /Search devices/ }).fill('Gap probe')
  const log = page.getByRole('log')
  await expect(log.getByText('Gap probe')).toHaveCount(1)

  // Keep the stream down for a few attempts while three events happen.
  await control.respond(503, 3)
  await control.drop()
  await expect(connection(page)).not.toHaveText('Live')
  for (const value of [22.2, 33.3, 44.4]) await control.publish(probe, { temperature: { value } })

  await expect(connection(page)).toHaveText('Live', { timeout: 30_000 })
  await expectStatus(page, 'gap-fill', /done/, 20_000)
  await expect(log.getByText('Gap probe')).toHaveCount(4)
  for (const value of ['11.1', '22.2', '33.3', '44.4']) {
    await expect(log.locator('.event-row', { hasText: 'Gap probe' }).filter({ hasText: `${value} °C` })).toHaveCount(1)
  }
})
