import { chromium, type Browser, type CDPSession, type Page } from '@playwright/test'
import { existsSync } from 'node:fs'
import type { PerfProbe, ProbeCounters, ProbeTransition } from '../../src/app/perf-probe'

/** Debian's Chromium, as for the browser tests (README, Troubleshooting). */
export function chromiumPath(): string | undefined {
  return process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined)
}

export async function launchBrowser(): Promise<Browser> {
  const executablePath = chromiumPath()
  return chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    headless: true,
    args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  })
}

/** Stream policy the page starts with (src/app/connection-settings.ts), stored as the settings dialog would. */
export interface StreamSettings {
  pingIntervalS?: number
  watchdogMarginS?: number
  giveUpAfter?: number
}

export interface Dashboard {
  page: Page
  cdp: CDPSession
  probe: ProbeClient
  close(): Promise<void>
}

/** Opens the production build with `?probe` in a 1920×1080 window and waits for the probe. */
export async function openDashboard(browser: Browser, appUrl: string, settings: StreamSettings = {}, query = ''): Promise<Dashboard> {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } })
  const page = await context.newPage()
  await page.addInitScript((s) => localStorage.setItem('dt-live:connection', JSON.stringify(s)), { pingIntervalS: 10, watchdogMarginS: 2, giveUpAfter: 0, ...settings })
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  await page.goto(`${appUrl}/?probe${query}`)
  await page.waitForFunction(() => 'window' in globalThis && '__dtLiveProbe' in window, undefined, { timeout: 30_000 })
  const cdp = await context.newCDPSession(page)
  await cdp.send('Performance.enable')
  return { page, cdp, probe: probeClient(page), close: () => context.close() }
}

type ProbeWindow = { __dtLiveProbe: PerfProbe }

/** Typed calls into `window.__dtLiveProbe` (src/app/perf-probe.ts). */
export function probeClient(page: Page) {
  return {
    counters: (): Promise<ProbeCounters> => page.evaluate(() => (window as unknown as ProbeWindow).__dtLiveProbe.counters()),
    /** Page time now (performance.now), for frame windows. */
    pageNow: (): Promise<number> => page.evaluate(() => performance.now()),
    frames: (from: number, to: number): Promise<number[]> => page.evaluate(([f, t]) => (window as unknown as ProbeWindow).__dtLiveProbe.frames(f, t), [from, to] as const),
    latency: (): Promise<number[]> => page.evaluate(() => (window as unknown as ProbeWindow).__dtLiveProbe.latency()),
    resetLatency: (): Promise<void> => page.evaluate(() => (window as unknown as ProbeWindow).__dtLiveProbe.resetLatency()),
    transitions: (): Promise<ProbeTransition[]> => page.evaluate(() => (window as unknown as ProbeWindow).__dtLiveProbe.transitions()),
    lastAppliedAt: (): Promise<number> => page.evaluate(() => (window as unknown as ProbeWindow).__dtLiveProbe.lastAppliedAt()),
    marks: () => page.evaluate(() => (window as unknown as ProbeWindow).__dtLiveProbe.marks()),
  }
}

export type ProbeClient = ReturnType<typeof probeClient>

/** Polls until `check` is truthy; throws with `what` after the timeout. */
export async function until<T>(check: () => Promise<T | null | undefined | false>, what: string, timeoutMs = 30_000, everyMs = 50): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const v = await check()
    if (v) return v
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, everyMs))
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Rejects with `what` when `promise` takes longer than `ms` (page.evaluate has no timeout of its own). */
export async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), ms)))
  try {
    return await Promise.race([promise, timeout])
  } finally {
    clearTimeout(timer)
  }
}

/** JS heap in use after a forced collection, in MB (CDP Performance.getMetrics). */
export async function heapUsedMb(cdp: CDPSession, collect = true): Promise<number> {
  if (collect) await cdp.send('HeapProfiler.collectGarbage')
  const { metrics } = await cdp.send('Performance.getMetrics')
  const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? Number.NaN
  return used / (1024 * 1024)
}
