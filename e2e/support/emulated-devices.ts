import { expect, type APIRequestContext, type Locator, type Page } from '@playwright/test'
import { DEMO, demoBasicAuth } from './demo-api'

/** A device created through the emulator's API, fully under the test's control. */
export interface TestDevice {
  readonly id: string
  readonly name: string
}

const auth = { Authorization: demoBasicAuth }

/** A name no other run of the suite used (the app server may be reused between runs). */
export function uniqueName(prefix: string): string {
  return `${prefix} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`
}

/** Creates a device with the `name` label (POST /v2/projects/{p}/devices). */
export async function createDevice(request: APIRequestContext, baseURL: string | undefined, type: string, name: string): Promise<TestDevice> {
  const r = await request.post(`${baseURL}/v2/projects/${DEMO.projectId}/devices`, { headers: auth, data: { type, labels: { name } } })
  expect(r.ok(), await r.text()).toBe(true)
  const body = (await r.json()) as { name: string }
  return { id: body.name.split('/').pop() as string, name }
}

/** Publishes a temperature (°C) as the device's heartbeat (…/devices/{d}:publish). */
export async function publishTemperature(request: APIRequestContext, baseURL: string | undefined, device: TestDevice, value: number): Promise<void> {
  const r = await request.post(`${baseURL}/v2/projects/${DEMO.projectId}/devices/${device.id}:publish`, { headers: auth, data: { temperature: { value } } })
  expect(r.ok(), await r.text()).toBe(true)
}

/** Publishes any event the device type sends, e.g. `contact`, `{ state: 'OPEN' }` (…/devices/{d}:publish). */
export async function publishEvent(request: APIRequestContext, baseURL: string | undefined, device: TestDevice, eventType: string, payload: object): Promise<void> {
  const r = await request.post(`${baseURL}/v2/projects/${DEMO.projectId}/devices/${device.id}:publish`, { headers: auth, data: { [eventType]: payload } })
  expect(r.ok(), await r.text()).toBe(true)
}

/** The log line showing `text` for the device (the log keeps every event, newest first). */
export function logRow(page: Page, device: TestDevice, text: string): Locator {
  return page.locator('.event-row', { hasText: device.name }).filter({ hasText: text }).first()
}

/** The alarm list entry of a device. */
export function alarmItem(page: Page, device: TestDevice): Locator {
  return page.locator(`.alarm-item[data-device-id="${device.id}"]`)
}
