import { expect, test, type Page, type Route } from '@playwright/test'
import { listDevices } from './support/demo-api'
import { createDevice, publishTemperature, uniqueName } from './support/emulated-devices'
import { addLabels, cardNamed, cardNames, cards, chip, deviceId, grid, matchesSearch, searchBox, summary, type ListedDevice } from './support/grid-page'

let devices: ListedDevice[] = []

test.beforeAll(async ({ request, baseURL }) => {
  devices = await listDevices(request, `${baseURL}/v2`)
  expect(devices.length).toBeGreaterThanOrEqual(25)
})

const nameOf = (d: ListedDevice) => d.labels.name ?? deviceId(d)
const namesOf = (list: ListedDevice[]) => list.map(nameOf).sort()
/** The grid's default order: by name, numbers read as numbers. */
const byName = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' }).compare
const live = (page: Page) => expect(page.getByRole('status', { name: 'Connection' })).toHaveText('Live', { timeout: 20_000 })

test('the dashboard opens on live temperature graphs that grow as events arrive', async ({ page }) => {
  // Project order keeps the demo's sensors on the first screen even when other specs have added
  // devices to a reused server (by name, "E2E …" would come before "Freezer …").
  await page.goto('/?sort=project')
  await live(page)
  // A demo sensor with history, not one that another spec created with a single published value.
  const card = cards(page)
    .filter({ has: page.locator('.card-type', { hasText: /^Temperature$/ }) })
    .filter({ hasNotText: 'E2E' })
    .first()
  const line = card.locator('.sparkline')
  await expect(line).toHaveAttribute('data-points', /^[1-9]\d*$/)
  await expect(card.locator('.card-unit')).toHaveText('°C')
  await expect(card.locator('.sparkline-line')).toHaveAttribute('d', /^M[\d.]+ [\d.]+L/)
  const before = Number(await line.getAttribute('data-points'))
  await expect.poll(async () => Number(await line.getAttribute('data-points')), { timeout: 20_000 }).toBeGreaterThan(before)
})

test('only cards on screen are rendered, and the grid scrolls to the last device', async ({ page }) => {
  await page.goto('/')
  await expect(summary(page)).toHaveText(`${devices.length} devices`)
  const rendered = await cards(page).count()
  expect(rendered).toBeGreaterThan(0)
  expect(rendered).toBeLessThan(devices.length)
  // The grid opens in name order, so the last card is the last name, not the last device listed.
  const last = devices.map(nameOf).sort(byName).at(-1) ?? ''
  await grid(page).evaluate((el) => el.scrollTo(0, el.scrollHeight))
  await expect(cardNamed(page, last)).toBeVisible()
})

test('filtering by objectPresent shows exactly the devices that emit it, and the log shows only objectPresent events', async ({ page }) => {
  const expected = devices.filter((d) => d.type === 'proximity')
  expect(expected.length).toBeGreaterThan(0)
  await page.goto('/')
  await live(page)
  await (await chip(page, 'objectPresent')).click()
  await expect(await chip(page, 'objectPresent')).toHaveAttribute('aria-pressed', 'true')
  await expect(summary(page)).toHaveText(`${expected.length} of ${devices.length} devices match`)
  await expect.poll(() => cardNames(page)).toEqual(namesOf(expected))
  const types = page.getByRole('log').locator('.event-type')
  await expect(types.first()).toBeVisible()
  await expect.poll(async () => [...new Set(await types.allTextContents())]).toEqual(['Proximity'])
  await expect(page).toHaveURL(/[?&]types=objectPresent(&|$)/)
})

test('event type and search combine', async ({ page }) => {
  const expected = devices.filter((d) => d.type === 'temperature' && matchesSearch(d, 'fridge'))
  expect(expected.length).toBeGreaterThan(0)
  expect(devices.filter((d) => matchesSearch(d, 'fridge')).length).toBeGreaterThanOrEqual(expected.length)
  await page.goto('/')
  await (await chip(page, 'temperature')).click()
  await searchBox(page).fill('fridge')
  await expect.poll(() => cardNames(page)).toEqual(namesOf(expected))
  await expect(summary(page)).toHaveText(`${expected.length} of ${devices.length} devices match`)
})

test('search finds devices by name, and clearing it brings every device back', async ({ page }) => {
  const expected = devices.filter((d) => matchesSearch(d, 'wine cooler'))
  expect(expected).toHaveLength(1)
  await page.goto('/')
  await searchBox(page).fill('wine cooler')
  await expect.poll(() => cardNames(page)).toEqual(namesOf(expected))
  await page.getByRole('button', { name: 'Clear search' }).click()
  await expect(summary(page)).toHaveText(`${devices.length} devices`)
})

test('a filter that matches nothing says so and offers to clear the filters', async ({ page }) => {
  await page.goto('/?q=no-such-device-anywhere')
  await expect(page.getByRole('heading', { name: 'No devices match the filters' })).toBeVisible()
  await page.getByRole('button', { name: 'Clear filters' }).click()
  await expect(summary(page)).toHaveText(`${devices.length} devices`)
  await expect(page).not.toHaveURL(/q=/)
})

test('the °F switch changes a temperature card’s unit and value', async ({ page }) => {
  await page.goto('/?q=fridge%202')
  await live(page)
  const card = cards(page).first()
  await expect(card.locator('.card-unit')).toHaveText('°C')
  const celsius = Number(await card.locator('.card-value').textContent())
  await page.getByRole('button', { name: /^Temperature unit: °C/ }).click()
  await expect(card.locator('.card-unit')).toHaveText('°F')
  const fahrenheit = Number(await card.locator('.card-value').textContent())
  // The value may move a little between the two reads; the conversion moves it by ~50 °F.
  expect(Math.abs(fahrenheit - (celsius * 9) / 5 - 32)).toBeLessThan(1.5)
  await expect(card.locator('.chart-ticks')).not.toContainText('-')
})

test('the filters live in the URL: other parameters are kept and the view survives a reload', async ({ page }) => {
  const expected = devices.filter((d) => d.type === 'contact' && matchesSearch(d, 'door'))
  await page.goto('/?keep=me')
  await (await chip(page, 'contact')).click()
  await searchBox(page).fill('door')
  await expect(page).toHaveURL(/[?&]types=contact(&|$)/)
  await expect(page).toHaveURL(/[?&]q=door(&|$)/)
  await expect(page).toHaveURL(/[?&]keep=me(&|$)/)
  await page.reload()
  await expect(await chip(page, 'contact')).toHaveAttribute('aria-pressed', 'true')
  await expect(searchBox(page)).toHaveValue('door')
  await expect.poll(() => cardNames(page)).toEqual(namesOf(expected))
})

test('cards are in name order, numbers read as numbers, until another order is picked', async ({ page }) => {
  await page.goto('/')
  await live(page)
  const expected = devices.map(nameOf).sort(byName)
  const shown = async () => cards(page).locator('.card-name').allTextContents()
  await expect.poll(async () => (await shown()).slice(0, 6)).toEqual(expected.slice(0, 6))

  // Project order is the device list's own order.
  await page.getByRole('combobox', { name: 'Sort' }).selectOption('project')
  await expect(page).toHaveURL(/[?&]sort=project(&|$)/)
  const listed = devices.map((d) => d.labels.name ?? deviceId(d))
  await expect.poll(async () => (await shown()).slice(0, 6)).toEqual(listed.slice(0, 6))

  // Name is the default: picking it again drops the order from the URL.
  await page.getByRole('combobox', { name: 'Sort' }).selectOption('name')
  await expect(page).not.toHaveURL(/sort=/)
})

test('unknown values in a shared link are dropped and reported', async ({ page }) => {
  await page.goto('/?types=temperature,noSuchType')
  await expect(page.getByText(/ignored unknown event type "noSuchType"/)).toBeVisible()
  await expect(await chip(page, 'temperature')).toHaveAttribute('aria-pressed', 'true')
  await page.getByRole('button', { name: 'Dismiss' }).click()
  await expect(page.getByText(/noSuchType/)).toHaveCount(0)
})

test('cards are keyboard accessible: arrows move between cards, Enter selects', async ({ page }) => {
  await page.goto('/')
  const first = cards(page).nth(0)
  await first.locator('.card-name').focus()
  await page.keyboard.press('ArrowRight')
  const second = cards(page).nth(1)
  await expect(second.locator('.card-name')).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(second).toHaveAttribute('data-selected', 'true')
})

test('until the stream is live, cards fade and say stale; once it is live they look current', async ({ page }) => {
  // Hold the stream request: the device list (REST) loads, the stream stays "connecting".
  const held: Route[] = []
  await page.route('**/devices:stream*', (route) => {
    held.push(route)
  })
  await page.goto('/?types=temperature')
  const card = cards(page).first()
  await expect(card.locator('.card-value')).toHaveText(/^-?\d/)
  await expect(card).toHaveAttribute('data-stale', 'true')
  await expect(card.locator('.card-stale')).toHaveText('stale')
  expect(held.length).toBeGreaterThan(0)
  // Requests the app aborted meanwhile (StrictMode's first mount) cannot continue; that is fine.
  for (const route of held) await route.continue().catch(() => undefined)
  await page.unroute('**/devices:stream*')
  await live(page)
  await expect(card).not.toHaveAttribute('data-stale', 'true')
  await expect(card.locator('.card-stale')).toHaveCount(0)
})

test('a labelsChanged event renames a card live, without a reload', async ({ page, request, baseURL }) => {
  const device = devices.find((d) => d.labels.name === 'Reception') as ListedDevice
  const id = deviceId(device)
  await page.goto(`/?q=${id}`)
  await live(page)
  await expect.poll(() => cardNames(page)).toEqual(['Reception'])
  const renamed = `Reception ${Date.now().toString(36)}`
  try {
    await addLabels(request, `${baseURL}/v2`, id, { name: renamed })
    await expect(cardNamed(page, renamed)).toBeVisible()
    await expect(cardNamed(page, 'Reception')).toHaveCount(0)
  } finally {
    await addLabels(request, `${baseURL}/v2`, id, { name: 'Reception' })
  }
})

// Last in the file: it adds devices, and the tests above count the project's devices once.
test('"Warmest first" orders by current temperature, follows new readings calmly, and lives in the URL', async ({ page, request, baseURL }) => {
  const tag = uniqueName('ZZ E2E sort')
  // By name the cold one comes first, so only the temperature order puts the warm one on top.
  const cold = await createDevice(request, baseURL, 'temperature', `${tag} A cold`)
  const warm = await createDevice(request, baseURL, 'temperature', `${tag} B warm`)
  await publishTemperature(request, baseURL, cold, -21.5)
  await publishTemperature(request, baseURL, warm, 38.25)
  await page.goto(`/?q=${encodeURIComponent(tag)}`)
  await live(page)
  const shown = () => cards(page).locator('.card-name').allTextContents()
  await expect.poll(shown).toEqual([cold.name, warm.name])
  await expect(cardNamed(page, warm.name).locator('.card-value')).toHaveText('38.25')

  const picker = page.getByRole('combobox', { name: 'Sort' })
  await picker.selectOption({ label: 'Warmest first' })
  await expect(page).toHaveURL(/[?&]sort=warmest(&|$)/)
  await expect.poll(shown).toEqual([warm.name, cold.name])
  await expect(page.locator('.sort-picker-hint')).toHaveText('every 10 s')

  // A new reading moves the cards at the next calm re-sort, within 10 s of it.
  await publishTemperature(request, baseURL, cold, 60)
  await expect(cardNamed(page, cold.name).locator('.card-value')).toHaveText('60')
  await expect.poll(shown, { timeout: 20_000 }).toEqual([cold.name, warm.name])

  await page.reload()
  await expect(picker).toHaveValue('warmest')
  await expect.poll(shown).toEqual([cold.name, warm.name])
})
