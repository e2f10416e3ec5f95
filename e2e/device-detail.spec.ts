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

test('the detail view shows 1 h, 6 h and 24 h from event history, with stats, and a live 5 min window that moves on', async ({ page, request, baseURL }) => {
  const id = await demoDeviceId(request, baseURL, FRIDGE)
  await page.goto(`/?device=${id}`)
  await expect(detail(page).getByRole('heading', { name: FRIDGE })).toBeFocused()
  const panel = mainChart(page)

  // Live: the demo fridge reports every few seconds, so new points arrive without a reload. (The
  // count alone may not grow: the 5 min window is full from the prefill, and old points leave it.)
  await expect.poll(() => points(panel)).toBeGreaterThan(0)
  const newest = async () => Number(await panel.locator('.detail-chart').getAttribute('data-newest'))
  const before = await newest()
  await expect.poll(newest, { timeout: 20_000 }).toBeGreaterThan(before)

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

test('dragging across a chart zooms all charts into that span; the buttons zoom by keyboard and Reset zoom returns to the range', async ({ page, request, baseURL }) => {
  const id = await demoDeviceId(request, baseURL, FRIDGE)
  await page.goto(`/?device=${id}&range=6h`)
  const panel = mainChart(page)
  await expect(panel).toHaveAttribute('data-status', 'ready')
  await expect.poll(() => points(panel)).toBeGreaterThan(300)
  const whole = await points(panel)
  const zoomOut = detail(page).getByRole('button', { name: 'Zoom out' })
  await expect(zoomOut).toBeDisabled()

  // Drag over the second quarter of the plot: about 1.5 h of the 6 h.
  const box = await panel.locator('.zoom-surface').boundingBox()
  if (!box) throw new Error('no chart surface')
  const y = box.y + box.height / 2
  await page.mouse.move(box.x + box.width * 0.3, y)
  await page.mouse.down()
  await page.mouse.move(box.x + box.width * 0.45, y, { steps: 5 })
  await expect(panel.locator('.zoom-selection')).toBeVisible()
  await page.mouse.move(box.x + box.width * 0.55, y, { steps: 5 })
  await page.mouse.up()

  const chip = detail(page).locator('.detail-zoom-chip')
  await expect(chip).toHaveText(/^Zoomed to \d\d:\d\d:\d\d–\d\d:\d\d:\d\dReset zoom$/)
  const zoomed = await points(panel)
  expect(zoomed).toBeGreaterThan(0)
  expect(zoomed).toBeLessThan(whole / 2)
  // Stats cover the zoomed span only, and its newest value is "Last", not "Current".
  await expect(samplesStat(panel)).toHaveText(zoomed.toLocaleString('en-US'))
  await expect(panel.locator('.detail-stat-current dt')).toHaveText('Last')
  await expect(panel.getByRole('definition').first()).toHaveText(/°C$/)

  // Keyboard: Zoom in halves the span, Zoom out doubles it again.
  await detail(page).getByRole('button', { name: 'Zoom in' }).press('Enter')
  await expect.poll(() => points(panel)).toBeLessThan(zoomed)
  await zoomOut.press('Enter')
  await expect.poll(() => points(panel)).toBe(zoomed)

  await chip.getByRole('button', { name: 'Reset zoom' }).click()
  await expect(chip).toHaveCount(0)
  await expect.poll(() => points(panel)).toBeGreaterThanOrEqual(whole)
  await expect(panel.locator('.detail-stat-current dt')).toHaveText('Current')
  await expect(zoomOut).toBeDisabled()
})

test('another device compared on the temperature chart: its line, its stats, its history, in the link, and removable', async ({ page, request, baseURL }) => {
  const id = await demoDeviceId(request, baseURL, FRIDGE)
  const other = await demoDeviceId(request, baseURL, 'Wine cooler')
  await page.goto(`/?device=${id}`)
  const panel = mainChart(page)
  const lines = panel.locator('.recharts-line')
  await expect(lines).toHaveCount(1)

  const input = panel.getByRole('combobox', { name: 'Compare with' })
  // Several freezers match "freezer" (three in the demo, more when other specs added some): the
  // field asks for one device instead of guessing.
  await input.fill('freezer')
  await input.press('Enter')
  await expect(panel.getByRole('alert')).toHaveText(/^“freezer” matches [3-9] devices; pick one from the list\.$/)
  await expect(lines).toHaveCount(1)
  await input.fill('wine')
  await input.press('Enter')

  await expect(panel.getByRole('button', { name: 'Stop comparing Wine cooler' })).toBeVisible()
  await expect(lines).toHaveCount(2)
  await expect(page).toHaveURL(new RegExp(`device=${id}&compare=${other}`))
  const wine = panel.locator('.detail-stats-line', { has: page.getByText('Wine cooler', { exact: true }) })
  await expect(wine.locator('.detail-stat', { hasText: 'Min' }).locator('dd')).toHaveText(/^−?\d+\.\d °C$/)
  await expect(panel.locator('.detail-stats-line').first().locator('dt').first()).toHaveText(FRIDGE)

  // A history range loads the compared device's history too: far more samples than the live window.
  const fetched = page.waitForResponse((r) => r.url().includes(`/devices/${other}/events`) && r.ok())
  await detail(page).getByRole('button', { name: '6 h', exact: true }).click()
  await fetched
  await expect(page).toHaveURL(new RegExp(`device=${id}&range=6h&compare=${other}`))
  await expect.poll(async () => Number((await wine.locator('.detail-stat-count dd').textContent())?.replace(/,/g, ''))).toBeGreaterThan(300)

  // The link opens the same comparison.
  await page.reload()
  await expect(panel.getByRole('button', { name: 'Stop comparing Wine cooler' })).toBeVisible()
  await expect(lines).toHaveCount(2)

  await panel.getByRole('button', { name: 'Stop comparing Wine cooler' }).click()
  await expect(lines).toHaveCount(1)
  await expect(page).not.toHaveURL(/compare=/)
})
