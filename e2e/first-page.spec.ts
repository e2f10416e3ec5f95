import { expect, test } from '@playwright/test'
import { listDevices } from './support/demo-api'

test('the page lists every demo device by its name label, fetched through the server from the emulator', async ({ page, request, baseURL }) => {
  const devices = await listDevices(request, `${baseURL}/v2`)
  expect(devices.length).toBeGreaterThanOrEqual(25)

  await page.goto('/')
  const table = page.getByRole('table', { name: 'Devices' })
  await expect(table.getByRole('row')).toHaveCount(devices.length + 1)
  for (const d of devices) {
    await expect(table.getByRole('cell', { name: d.labels.name ?? '', exact: true }).first()).toBeVisible()
  }
})
