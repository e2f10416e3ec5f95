import { readFile } from 'node:fs/promises'
import { expect, test, type Locator, type Page } from '@playwright/test'
import { listDevices } from './support/demo-api'
import { createDevice, publishTemperature, uniqueName } from './support/emulated-devices'

/** The demo fridge: 24 h of prefilled history (a heartbeat a minute, two samples each) and live data. */
const FRIDGE = 'Fridge 2 – dairy'

async function demoDeviceId(request: Parameters<typeof listDevices>[0], baseURL: string | undefined, name: string): Promise<string> {
  const d = (await listDevices(request, `${baseURL}/v2`)).find((x) => x.labels.name === name)
  if (!d) throw new Error(`demo device "${name}" missing`)
  return d.name.split('/').pop() as string
}

const detail = (page: Page) => page.getByRole('dialog')
const mainChart = (page: Page) => detail(page).locator('.series-panel').first()
const points = async (panel: Locator) => Number(await panel.locator('.detail-chart').getAttribute('data-points'))
const samplesStat = (panel: Locator) => panel.locator('.detail-stat-count dd')

async function pickRange(page: Page, deviceId: string, label: string): Promise<void> {
  // History ranges come from the device's event history endpoint, not from the live buffers.
  const fetched = page.waitForResponse((r) => r.url().includes(`/devices/${deviceId}/events`) && r.ok())
  await detail(page).getByRole('button', { name: label, exact: true }).click()
  await fetched
  await expect(mainChart(page)).toHaveAttribute('data-status', 'ready')
}

test('the detail view shows 1 h, 6 h and 24 h from event history, with stats, and a live 5 min window that grows', async ({ page, request, baseURL }) => {
  const id = await demoDeviceId(request, baseURL, FRIDGE)
  await page.goto(`/?device=${id}`)
  await expect(detail(page).getByRole('heading', { name: FRIDGE })).toBeFocused()
  const panel = mainChart(page)

  // Live: the demo fridge reports every few seconds, so the window gains points without a reload.
  await expect.poll(() => points(panel)).toBeGreaterThan(0)
  const before = await points(panel)
  await expect.poll(() => points(panel), { timeout: 20_000 }).toBeGreaterThan(before)

  const counts: number[] = []
  for (const [label, range, atLeast] of [
    ['1 h', '1h', 60],
    ['6 h', '6h', 300],
    ['24 h', '24h', 1200],
  ] as const) {
    await pickRange(page, id, label)
    await expect(page).toHaveURL(new RegExp(`device=${id}&range=${range}`))
    const n = await points(panel)
    expect(n).toBeGreaterThanOrEqual(atLeast)
    // The stats cover exactly the points in the window.
    await expect(samplesStat(panel)).toHaveText(n.toLocaleString('en-US'))
    for (const stat of ['Min', 'Max', 'Average']) await expect(panel.locator('.detail-stat', { hasText: stat }).locator('dd')).toHaveText(/^−?\d+\.\d °C$/)
    counts.push(n)
  }
  expect(counts[1]).toBeGreaterThan(counts[0] ?? 0)
  expect(counts[2]).toBeGreaterThan(counts[1] ?? 0)
  // 24 h of samples are more than the chart has pixels for: it draws min/max buckets instead.
  const rendered = Number(await panel.locator('.detail-chart').getAttribute('data-rendered-points'))
  expect(rendered).toBeLessThan(counts[2] ?? 0)
})

test('opens from the event log with its own URL; Back and Esc close it and keep other parameters', async ({ page }) => {
  await page.goto('/?q=fridge')
  await page.getByRole('button', { name: 'Pause log' }).click()
  const row = page.locator('.event-row').first()
  await expect(row).toBeVisible()
  const name = (await row.locator('.event-device').textContent()) ?? ''

  await row.click()
  await expect(detail(page).getByRole('heading', { name })).toBeVisible()
  await expect(page).toHaveURL(/\?q=fridge&device=\w+/)
  await page.goBack()
  await expect(detail(page)).toHaveCount(0)
  await expect(page).toHaveURL(/\/\?q=fridge$/)

  await row.focus()
  await page.keyboard.press('Enter')
  await expect(detail(page).getByRole('heading', { name })).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(detail(page)).toHaveCount(0)
  await expect(row).toBeFocused()
  await expect(page).toHaveURL(/\/\?q=fridge$/)
})

test('pause freezes the live window; CSV exports the visible series in the user’s unit', async ({ page, request, baseURL }) => {
  const device = await createDevice(request, baseURL, 'temperature', uniqueName('E2E detail probe'))
  await publishTemperature(request, baseURL, device, 5)
  await page.goto(`/?device=${device.id}`)
  const panel = mainChart(page)
  await expect(panel.locator('.detail-stat-current dd')).toHaveText('5.0 °C')
  const frozen = await points(panel)

  await detail(page).getByRole('button', { name: 'Pause' }).click()
  await publishTemperature(request, baseURL, device, 6.25)
  // The table keeps listening while the chart is frozen: wait for the new value to arrive there.
  await expect(detail(page).locator('tr[data-event-type="temperature"]')).toContainText('6.25 °C')
  await expect(panel.locator('.detail-stat-current dd')).toHaveText('5.0 °C')
  expect(await points(panel)).toBe(frozen)
  await detail(page).getByRole('button', { name: 'Resume' }).click()
  await expect(panel.locator('.detail-stat-current dd')).toHaveText('6.3 °C')
  expect(await points(panel)).toBe(frozen + 1)

  await page.keyboard.press('Escape')
  await page.getByRole('button', { name: /Temperature unit/ }).click()
  await page.goto(`/?device=${device.id}`)
  await expect(panel.locator('.detail-stat-current dd')).toHaveText('43.3 °F')
  // After the reload the older point comes back with the history prefill.
  await expect.poll(() => points(panel)).toBe(2)
  const download = page.waitForEvent('download')
  await detail(page).getByRole('button', { name: 'CSV' }).click()
  const file = await download
  expect(file.suggestedFilename()).toMatch(/^e2e-detail-probe-[a-z0-9]+_live_\d{4}-\d\d-\d\d_\d{4}\.csv$/)
  const lines = (await readFile(await file.path(), 'utf8')).trim().split('\r\n')
  expect(lines[0]).toBe('time,Temperature (°F)')
  expect(lines.slice(1).map((l) => l.split(',')[1])).toEqual(['41', '43.25'])
})

test('when the chart code cannot be downloaded, the detail view says so and Try again loads it', async ({ page, request, baseURL }) => {
  const id = await demoDeviceId(request, baseURL, FRIDGE)
  // The charts are their own chunk (lazy, to keep the first download small); fail it like a dropped network would.
  const chunk = /\/assets\/detail-charts-container-[^/]*\.js$/
  let blocked = 0
  await page.route(chunk, (route) => (blocked++, route.abort('internetdisconnected')))
  await page.goto(`/?device=${id}`)
  const failure = detail(page).getByRole('alert').filter({ hasText: 'The charts stopped working' })
  await expect(failure).toContainText('could not be downloaded')
  expect(blocked).toBeGreaterThan(0)
  // The rest of the detail view and the dashboard behind it carry on.
  await expect(detail(page).getByRole('heading', { name: FRIDGE })).toBeVisible()
  await expect(page.getByRole('status', { name: 'Connection' })).toHaveText('Live', { timeout: 20_000 })

  await page.unroute(chunk)
  await failure.getByRole('button', { name: 'Try again' }).click()
  await expect(mainChart(page)).toHaveAttribute('data-status', 'ready')
  await expect(failure).toHaveCount(0)
})
