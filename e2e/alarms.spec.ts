import { expect, test, type Page } from '@playwright/test'
import { alarmItem, createDevice, logRow, publishEvent, publishTemperature, uniqueName, type TestDevice } from './support/emulated-devices'
import { searchBox } from './support/grid-page'

const RULES_KEY = 'dt-live:alarm-rules'

/** Stores rules the way the app does, before the page loads. */
async function seedRules(page: Page, rules: unknown[]): Promise<void> {
  await page.addInitScript(([key, value]) => localStorage.setItem(key as string, value as string), [RULES_KEY, JSON.stringify({ version: 1, notify: false, rules })])
}

function rule(device: TestDevice, delayS: number) {
  return { id: `e2e-${device.id}`, name: `${device.name} warm`, metric: 'temperature', comparator: 'above', threshold: 8, scope: { kind: 'device', deviceId: device.id }, delayS, hysteresis: 0.5, enabled: true }
}

test('an alarm fires when the published temperature stays past the threshold, shows in the list and on the card, and is acknowledged', async ({ page, request, baseURL }) => {
  const device = await createDevice(request, baseURL, 'temperature', uniqueName('E2E fridge'))
  await publishTemperature(request, baseURL, device, 4)
  await page.goto('/')
  const panel = page.getByRole('region', { name: 'Alarms' })

  // Create the rule through the editor: device scope found by search, a short delay.
  await panel.getByRole('button', { name: '+ Rule' }).click()
  const form = panel.getByRole('form', { name: 'New alarm rule' })
  await form.getByLabel('Name').fill('Too warm')
  await form.getByLabel('Threshold (°C)').fill('8')
  await form.getByLabel('One device').check()
  await form.getByLabel('Find device').fill(device.name)
  await form.getByLabel('Device', { exact: true }).selectOption(device.id)
  await form.getByLabel('Delay').fill('2 s')
  await form.getByRole('button', { name: 'Add rule' }).click()
  await expect(form).toHaveCount(0)
  await panel.getByRole('button', { name: /^Rules/ }).click()
  await expect(panel.locator('.rule-item', { hasText: 'Too warm' })).toContainText('watching 1 device')
  await panel.getByRole('button', { name: /^Alarms/ }).click()

  // Keep the value high until the delay has passed: the alarm must come on by itself.
  const item = alarmItem(page, device)
  await expect
    .poll(
      async () => {
        await publishTemperature(request, baseURL, device, 9.5)
        return item.getAttribute('data-state')
      },
      { intervals: [1000], timeout: 20_000 },
    )
    .toBe('firing')
  await expect(item).toContainText('Too warm · above 8 °C')
  await expect(panel.locator('[aria-live="assertive"]')).toContainText(`Alarm: ${device.name}`)
  // The card says so too (searched for, so the virtualised grid surely renders it), and so does the tab.
  await searchBox(page).fill(device.name)
  const card = page.locator(`main .device-card[data-device-id="${device.id}"]`)
  await expect(card).toContainText('Too warm')
  await expect(card).toHaveAttribute('data-alarm', 'alarm')
  await searchBox(page).fill('')
  await expect(page).toHaveTitle(/^\(1\) .+ — dt-live$/)

  await item.getByRole('button', { name: /^Acknowledge/ }).click()
  await expect(item).toHaveAttribute('data-state', 'acknowledged')
  await expect(page).not.toHaveTitle(/^\(\d+\)/)
  await publishTemperature(request, baseURL, device, 4)
  await expect(item).toHaveCount(0)
  await panel.getByRole('button', { name: 'History' }).click()
  await expect(panel.locator('.alarm-history li', { hasText: device.name }).first()).toContainText('Cleared')

  // Rules are kept in localStorage: a reload brings the rule back.
  await page.reload()
  await page.getByRole('region', { name: 'Alarms' }).getByRole('button', { name: /^Rules/ }).click()
  await expect(page.locator('.rule-item', { hasText: 'Too warm' })).toHaveCount(1)
})

test('a single short spike does not fire when a delay is set', async ({ page, request, baseURL }) => {
  const device = await createDevice(request, baseURL, 'temperature', uniqueName('E2E freezer'))
  await publishTemperature(request, baseURL, device, 4)
  await seedRules(page, [rule(device, 5)])
  await page.goto('/')
  const item = alarmItem(page, device)

  // The spike is seen (pending), then the next sample resolves it.
  await publishTemperature(request, baseURL, device, 12)
  await expect(item).toHaveAttribute('data-state', 'pending')
  const spikeAt = Date.now()
  await publishTemperature(request, baseURL, device, 4.1)
  await expect(item).toHaveCount(0)

  // Normal values keep coming until well past the delay; the last one must have reached the app.
  let value = 4.1
  await expect
    .poll(
      async () => {
        value = Math.round((value + 0.01) * 100) / 100
        await publishTemperature(request, baseURL, device, value)
        return Date.now() - spikeAt
      },
      { intervals: [1000], timeout: 20_000 },
    )
    .toBeGreaterThan(7000)
  await expect(logRow(page, device, `${value} °C`)).toBeVisible()

  await expect(item).toHaveCount(0)
  const panel = page.getByRole('region', { name: 'Alarms' })
  await panel.getByRole('button', { name: 'History' }).click()
  const history = panel.locator('.alarm-history li', { hasText: device.name })
  await expect(history.first()).toBeVisible()
  expect(await history.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-kind')))).toEqual(['resolved', 'pending'])
})

test('bad stored rules are reported, not fatal, and the good ones still run', async ({ page, request, baseURL }) => {
  const device = await createDevice(request, baseURL, 'temperature', uniqueName('E2E cooler'))
  await publishTemperature(request, baseURL, device, 9)
  await seedRules(page, [rule(device, 0), { id: 'broken', name: 'Broken', metric: 'temperature', comparator: 'above', threshold: 'hot' }])
  await page.goto('/')
  const panel = page.getByRole('region', { name: 'Alarms' })
  await expect(panel.getByRole('alert')).toContainText('Rule 2 (“Broken”) was skipped: threshold is not a number in range.')
  await expect(alarmItem(page, device)).toHaveAttribute('data-state', 'firing')
  await panel.getByRole('button', { name: 'Dismiss' }).click()
  await expect(panel.getByRole('alert')).toHaveCount(0)
})

test('"Alarms first" puts the alarming device at the top of the grid, and the order stays in the link', async ({ page, request, baseURL }) => {
  // A name that sorts last by name, so only the alarm can bring it to the top.
  const device = await createDevice(request, baseURL, 'temperature', uniqueName('ZZ E2E sorted cooler'))
  await publishTemperature(request, baseURL, device, 9)
  await seedRules(page, [rule(device, 0)])
  await page.goto('/')
  await expect(alarmItem(page, device)).toHaveAttribute('data-state', 'firing')
  const firstCard = page.locator('.device-grid .device-card').first()
  await expect(firstCard.locator('.card-name')).not.toHaveText(device.name)

  await page.getByRole('combobox', { name: 'Sort' }).selectOption('alarms')
  await expect(page).toHaveURL(/[?&]sort=alarms(&|$)/)
  await expect(firstCard.locator('.card-name')).toHaveText(device.name)
  await expect(firstCard).toHaveAttribute('data-alarm', 'alarm')

  await page.reload()
  await expect(page.getByRole('combobox', { name: 'Sort' })).toHaveValue('alarms')
  await expect(firstCard.locator('.card-name')).toHaveText(device.name)
})

test('a door left open past the delay fires, and clears when it closes', async ({ page, request, baseURL }) => {
  const door = await createDevice(request, baseURL, 'contact', uniqueName('E2E cold-room door'))
  await publishEvent(request, baseURL, door, 'contact', { state: 'CLOSED' })
  await page.goto('/')
  const panel = page.getByRole('region', { name: 'Alarms' })

  // A door rule has no threshold: the delay, named for what it measures, is all there is.
  await panel.getByRole('button', { name: '+ Rule' }).click()
  const form = panel.getByRole('form', { name: 'New alarm rule' })
  await form.getByLabel('Alarm when').selectOption('doorOpen')
  await expect(form.getByLabel(/Threshold/)).toHaveCount(0)
  await form.getByLabel('Name').fill('Cold room open')
  await form.getByLabel('One device').check()
  await form.getByLabel('Find device').fill(door.name)
  await form.getByLabel('Device', { exact: true }).selectOption(door.id)
  await form.getByLabel('Open for longer than').fill('2 s')
  await form.getByRole('button', { name: 'Add rule' }).click()
  await expect(form).toHaveCount(0)
  await panel.getByRole('button', { name: /^Rules/ }).click()
  const ruleItem = panel.locator('.rule-item', { hasText: 'Cold room open' })
  await expect(ruleItem).toContainText(`door open · ${door.name} · for longer than 2 s`)
  await expect(ruleItem).toContainText('watching 1 device')
  await panel.getByRole('button', { name: /^Alarms/ }).click()

  // Opened once and left open: the alarm comes on by itself once the 2 s have passed.
  await publishEvent(request, baseURL, door, 'contact', { state: 'OPEN' })
  const item = alarmItem(page, door)
  await expect(item).toHaveAttribute('data-state', 'firing')
  await expect(item.locator('.alarm-rule')).toHaveText(/^Cold room open · door open \d+ s$/)
  await expect(panel.locator('[aria-live="assertive"]')).toContainText(`Alarm: ${door.name}. Cold room open: door open`)

  await publishEvent(request, baseURL, door, 'contact', { state: 'CLOSED' })
  await expect(item).toHaveAttribute('data-state', 'cleared')
  await item.getByRole('button', { name: /^Acknowledge/ }).click()
  await expect(item).toHaveCount(0)
  await panel.getByRole('button', { name: 'History' }).click()
  const history = panel.locator('.alarm-history li', { hasText: door.name })
  await expect(history.first()).toContainText('Acknowledged · Cold room open')
  await expect(history.filter({ hasText: 'Door closed' })).toContainText(/Door closed · Cold room open · open \d+ s/)
  await expect(history.filter({ hasText: 'Alarm' })).toContainText('Alarm · Cold room open · door open 2 s')
})

test('water detected fires at once and clears when dry', async ({ page, request, baseURL }) => {
  const sensor = await createDevice(request, baseURL, 'waterDetector', uniqueName('E2E basement'))
  await publishEvent(request, baseURL, sensor, 'waterPresent', { state: 'NOT_PRESENT' })
  await seedRules(page, [{ id: `e2e-water-${sensor.id}`, kind: 'waterDetected', name: '', scope: { kind: 'device', deviceId: sensor.id }, delayS: 0, enabled: true }])
  await page.goto('/')
  const panel = page.getByRole('region', { name: 'Alarms' })
  await panel.getByRole('button', { name: /^Rules/ }).click()
  const ruleItem = panel.locator('.rule-item')
  await expect(ruleItem.locator('.rule-title')).toHaveText('Water detected')
  await expect(ruleItem).toContainText(`${sensor.name} · at once`)
  await expect(ruleItem).toContainText('watching 1 device')
  await panel.getByRole('button', { name: /^Alarms/ }).click()

  await publishEvent(request, baseURL, sensor, 'waterPresent', { state: 'PRESENT' })
  const item = alarmItem(page, sensor)
  await expect(item).toHaveAttribute('data-state', 'firing')
  await expect(item.locator('.alarm-rule')).toHaveText('water detected')
  await expect(panel.locator('[aria-live="assertive"]')).toContainText(`Alarm: ${sensor.name}. Water detected since`)
  // At once: fired at the very sample time it went pending.
  await panel.getByRole('button', { name: 'History' }).click()
  const history = panel.locator('.alarm-history li', { hasText: sensor.name })
  await expect(history).toHaveCount(2)
  const rows = await history.evaluateAll((lis) => lis.map((li) => [li.getAttribute('data-kind'), li.querySelector('time')?.getAttribute('datetime')]))
  expect(rows.map(([kind]) => kind)).toEqual(['fired', 'pending'])
  expect(rows[0]?.[1]).toBe(rows[1]?.[1])
  await panel.getByRole('button', { name: /^Alarms/ }).click()

  await publishEvent(request, baseURL, sensor, 'waterPresent', { state: 'NOT_PRESENT' })
  await expect(item).toHaveAttribute('data-state', 'cleared')
})

test('a device that sends nothing for longer than the delay is offline, and clears when heard from', async ({ page, request, baseURL }) => {
  const device = await createDevice(request, baseURL, 'temperature', uniqueName('E2E silent freezer'))
  await publishTemperature(request, baseURL, device, -18)
  // Seeded: the form asks for at least a minute, storage takes any delay above 0 s.
  await seedRules(page, [{ id: `e2e-offline-${device.id}`, kind: 'offline', name: 'Freezer silent', scope: { kind: 'device', deviceId: device.id }, delayS: 3, enabled: true }])
  await page.goto('/')
  const item = alarmItem(page, device)
  // The sweep looks every 10 s: allow for one after the 3 s of silence.
  await expect(item).toHaveAttribute('data-state', 'firing', { timeout: 20_000 })
  await expect(item.locator('.alarm-rule')).toHaveText(/^Freezer silent · no data for \d+ s$/)
  await expect(item.locator('.alarm-time')).toHaveText(/^last heard \d\d:\d\d:\d\d$/)

  await publishTemperature(request, baseURL, device, -18.5)
  await expect(item).toHaveAttribute('data-state', 'cleared')
})
