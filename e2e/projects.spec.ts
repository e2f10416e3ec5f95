import { expect, test } from '@playwright/test'
import { cards, summary } from './support/grid-page'

const live = () => ({ timeout: 20_000 })

test('the project switcher lists the projects the account can see and switches the whole dashboard, remembered across a reload', async ({ page }) => {
  await page.goto('/')
  const connection = page.getByRole('status', { name: 'Connection' })
  const title = page.getByRole('heading', { level: 1 })
  await expect(connection).toHaveText('Live', live())
  await expect(title).toHaveText('Demo facility · Oslo')
  // The demo's 33, or more when other specs added devices to this server.
  await expect(summary(page)).toHaveText(/^\d+ devices$/)
  const facility = Number((await summary(page).textContent())?.split(' ')[0])
  expect(facility).toBeGreaterThanOrEqual(33)

  const toggle = page.getByRole('button', { name: 'Switch project' })
  await toggle.click()
  const list = page.getByRole('region', { name: 'Projects' })
  const current = list.getByRole('button', { name: /^Demo facility · Oslo/ })
  await expect(current).toBeDisabled()
  await expect(current).toHaveAttribute('aria-current', 'true')
  // Every organisation has an Inventory project; the one the account may not see is not listed.
  const inventory = list.getByRole('button', { name: /^Inventory/ })
  await expect(inventory).toContainText('4 sensors')
  await expect(list).not.toContainText('Another team')
  // Keyboard: the list takes focus, Esc closes it and gives focus back.
  await expect(list.getByRole('button').nth(1)).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(list).toHaveCount(0)
  await expect(toggle).toBeFocused()

  await toggle.click()
  await page.getByRole('region', { name: 'Projects' }).getByRole('button', { name: /^Inventory/ }).click()
  await expect(title).toHaveText('Inventory')
  await expect(connection).toHaveText('Live', live())
  // Unlabelled new devices: four cards named by their ids, none of the facility's left behind.
  await expect(summary(page)).toHaveText('4 devices')
  await expect(cards(page)).toHaveCount(4)
  await expect(cards(page).locator('.card-name').first()).toHaveText(/^c[0-9a-v]{19}$/)
  await expect(page.getByRole('list', { name: 'Devices' })).not.toContainText('Fridge')

  await page.reload()
  await expect(title).toHaveText('Inventory')
  await expect(connection).toHaveText('Live', live())

  await toggle.click()
  await page.getByRole('region', { name: 'Projects' }).getByRole('button', { name: /^Demo facility · Oslo/ }).click()
  await expect(title).toHaveText('Demo facility · Oslo')
  await expect(summary(page)).toHaveText(`${facility} devices`)
})
