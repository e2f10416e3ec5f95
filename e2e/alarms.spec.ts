import { expect, test, type Page } from '@playwright/test'
import { alarmItem, createDevice, logRow, publishTemperature, uniqueName, type TestDevice } from './support/emulated-devices'
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
