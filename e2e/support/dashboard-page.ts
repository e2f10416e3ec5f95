import { expect, type Page } from '@playwright/test'

/** Stream settings a test wants, stored the way the settings dialog stores them. */
export interface StreamSettings {
  pingIntervalS?: number
  watchdogMarginS?: number
  giveUpAfter?: number
  pauseWhenHidden?: boolean
  projectId?: string
}

/** Fast pings and a short watchdog so fault tests take seconds, not minutes. */
export const FAST: StreamSettings = { pingIntervalS: 1, watchdogMarginS: 1, giveUpAfter: 5 }

/**
 * Opens the dashboard with the given stream settings and records every text the connection
 * label shows (window.__labels), so a test can assert on states that passed quickly.
 */
export async function openDashboard(page: Page, baseUrl: string, settings: StreamSettings = FAST, waitLive = true): Promise<void> {
  await page.addInitScript((s) => {
    localStorage.setItem('dt-live:connection', JSON.stringify(s))
    const seen: Array<{ text: string; at: number }> = []
    ;(window as unknown as { __labels: typeof seen }).__labels = seen
    setInterval(() => {
      const el = document.querySelector('[role="status"][aria-label="Connection"]')
      const text = el?.textContent ?? ''
      if (text && seen[seen.length - 1]?.text !== text) seen.push({ text, at: Date.now() })
    }, 20)
  }, settings)
  await page.goto(baseUrl)
  if (waitLive) await expect(connection(page)).toHaveText('Live')
}

export const connection = (page: Page) => page.getByRole('status', { name: 'Connection' })

/** Every connection label shown since the page opened, in order, with the page time it appeared. */
export function labelTimeline(page: Page): Promise<Array<{ text: string; at: number }>> {
  return page.evaluate(() => [...(window as unknown as { __labels: Array<{ text: string; at: number }> }).__labels])
}

/** Every connection label shown since the page opened, in order. */
export async function labelsSeen(page: Page): Promise<string[]> {
  return (await labelTimeline(page)).map((l) => l.text)
}

/** Page time (epoch ms); the emulator runs on the same machine, so it compares with Date.now() in the test. */
export const pageNow = (page: Page): Promise<number> => page.evaluate(() => Date.now())

/** Opens the connection panel (if closed) and reads one of its figures by key. */
export async function statusValue(page: Page, key: string): Promise<string> {
  const panel = page.getByRole('region', { name: 'Connection details' })
  if (!(await panel.isVisible())) await page.getByRole('button', { name: /Show connection details$/ }).click()
  return (await panel.locator(`[data-key="${key}"] dd`).textContent()) ?? ''
}

/** Polls a panel figure until it matches. */
export async function expectStatus(page: Page, key: string, expected: string | RegExp, timeout = 15_000): Promise<void> {
  await expect.poll(() => statusValue(page, key), { timeout }).toMatch(expected)
}
