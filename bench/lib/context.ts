import type { Browser } from '@playwright/test'
import { launchBrowser } from './browser'
import { emulatorControl, type EmulatorControl } from './emulator-control'
import { startApp, startEmulator, type Child } from './processes'
import type { Row } from './table'

/** Command-line choices (bench/run.ts). */
export interface BenchOptions {
  long: boolean
  smoke: boolean
  only: string[]
  portBase: number
  staticDir: string
  skipBuild: boolean
  out: string
}

/** What every section gets: options, the browser, a logger, and where rows and raw results go. */
export interface BenchContext {
  opts: BenchOptions
  browser(): Promise<Browser>
  log(line: string): void
  row(row: Row): void
  /** Raw numbers of a section for results.json. */
  record(section: string, data: unknown): void
}

/** An emulator in load mode with dt-live's server in front of it. */
export interface Stack {
  emulator: Child
  app: Child
  control: EmulatorControl
  devices: number
}

/**
 * Starts the emulator (load mode, paused) and the app server pointed at it, runs `fn`, and stops
 * both whatever happens. `slot` picks the ports, so two stacks never collide.
 */
export async function withStack<T>(ctx: BenchContext, devices: number, slot: number, fn: (stack: Stack) => Promise<T>): Promise<T> {
  const emuPort = ctx.opts.portBase + slot * 2 + 1
  const appPort = emuPort + 1
  const emulator = await startEmulator(emuPort, devices, 1)
  const control = emulatorControl(emulator.url)
  await control.setRate(0)
  let app: Child | undefined
  try {
    app = await startApp(appPort, emulator.url, ctx.opts.staticDir)
    return await fn({ emulator, app, control, devices })
  } finally {
    await app?.stop()
    await emulator.stop()
  }
}

/** A lazily launched browser shared by the sections, closed by `close`. */
export function sharedBrowser(): { get(): Promise<Browser>; close(): Promise<void> } {
  let browser: Promise<Browser> | undefined
  return {
    get: () => (browser ??= launchBrowser()),
    async close() {
      if (browser) await (await browser).close()
    },
  }
}
