import { expect, type APIRequestContext, type Locator, type Page } from '@playwright/test'
import { DEMO, demoBasicAuth } from './demo-api'

/** A device as the emulator lists it, with the fields the dashboard's search looks at. */
export interface ListedDevice {
  name: string
  type: string
  labels: Record<string, string>
}

/** The device id from `projects/<p>/devices/<id>`. */
export const deviceId = (d: ListedDevice): string => d.name.split('/').pop() ?? ''

/** The card grid (a list named "Devices"). */
export const grid = (page: Page): Locator => page.getByRole('list', { name: 'Devices' })

/** Every card currently rendered (the grid is virtualised: on-screen rows only). */
export const cards = (page: Page): Locator => grid(page).locator('.device-card')

/** A card by its device name. */
export const cardNamed = (page: Page, name: string): Locator => cards(page).filter({ has: page.locator('.card-name', { hasText: new RegExp(`^${escapeRegExp(name)}$`) }) })

/** The names on the rendered cards, sorted. */
export async function cardNames(page: Page): Promise<string[]> {
  return (await cards(page).locator('.card-name').allTextContents()).sort()
}

/** The "N devices" / "N of M devices match" line above the grid. */
export const summary = (page: Page): Locator => page.locator('.grid-summary .grid-count')

/** The event-type chip, opening "+N more" first when it sits behind it. */
export async function chip(page: Page, eventType: string): Promise<Locator> {
  const c = page.locator(`.filter-chips .chip[data-type="${eventType}"]`)
  if ((await c.count()) === 0) await page.getByRole('button', { name: /^\+\d+ more$/ }).click()
  await expect(c).toBeVisible()
  return c
}

/** The search box. */
export const searchBox = (page: Page): Locator => page.getByRole('searchbox', { name: /Search devices/ })

/** What the dashboard's search matches: every word in the id, a label key or a label value. */
export function matchesSearch(d: ListedDevice, search: string): boolean {
  const text = [deviceId(d), ...Object.entries(d.labels).map(([k, v]) => `${k}=${v}`)].join('\n').toLowerCase()
  return search
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((w) => text.includes(w))
}

/** Sets labels through the emulator's REST API (a real labelsChanged goes out on the stream). */
export async function addLabels(request: APIRequestContext, apiBase: string, id: string, labels: Record<string, string>): Promise<void> {
  const r = await request.post(`${apiBase}/projects/${DEMO.projectId}/devices:batchUpdate`, {
    headers: { Authorization: demoBasicAuth, 'Content-Type': 'application/json' },
    data: { devices: [`projects/${DEMO.projectId}/devices/${id}`], addLabels: labels },
  })
  expect(r.ok(), await r.text()).toBe(true)
  expect(((await r.json()) as { batchErrors: unknown[] }).batchErrors).toEqual([])
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
