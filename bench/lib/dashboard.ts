import type { BenchContext, Stack } from './context'
import { openDashboard, until, type Dashboard, type StreamSettings } from './browser'
import type { Consumer } from './keep-up'

/** Opens the dashboard on the stack and waits for the whole device list, a live stream and cards on screen. */
export async function openLiveDashboard(ctx: BenchContext, stack: Stack, settings: StreamSettings = {}): Promise<Dashboard> {
  const dash = await openDashboard(await ctx.browser(), stack.app.url, settings)
  try {
    await until(
      async () => {
        const c = await dash.probe.counters()
        return c.loading === 'ready' && c.devices >= stack.devices && c.stream?.state === 'live'
      },
      'the device list and a live stream',
      60_000,
      100,
    )
    await dash.page.locator('.device-card').first().waitFor({ timeout: 30_000 })
  } catch (e) {
    await dash.close()
    throw e
  }
  return dash
}

/** Sparklines and state strips drawn on screen right now. */
export function chartsOnScreen(dash: Dashboard): Promise<number> {
  return dash.page.evaluate(() => document.querySelectorAll('.device-card .sparkline svg, .device-card .card-chart svg').length)
}

/** The dashboard as a keep-up consumer: stream events applied to the store; drops and reconnects disqualify. */
export function dashboardConsumer(dash: Dashboard): Consumer {
  return {
    name: 'dashboard',
    handled: async () => (await dash.probe.counters()).applied,
    async problems() {
      const c = await dash.probe.counters()
      return { 'events dropped in the page': (c.stream?.dropped ?? 0) + (c.batcher?.dropped ?? 0), 'stream reconnects': c.stream?.reconnects ?? 0 }
    },
  }
}
