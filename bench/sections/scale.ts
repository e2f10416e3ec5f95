import { openDashboard, sleep, until, withTimeout } from '../lib/browser'
import type { BenchContext } from '../lib/context'
import { withStack } from '../lib/context'
import { frameRate, round } from '../lib/stats'

export const SCALE_DEVICES = 10_000
const RATE = 50
const TARGET_MS = 3000
const TARGET_FPS = 50
/** Scroll speed: about one card row per frame at 60 fps, so every frame mounts new cards. */
const SCROLL_PX_PER_S = 15_000

// A string, not a function: tsx (esbuild keepNames) would wrap inner functions in a `__name`
// helper that does not exist in the page.
const SCROLL_TO_END = `async (pxPerS, maxMs) => {
  const grid = document.querySelector('.device-grid')
  if (!(grid instanceof HTMLElement)) throw new Error('no .device-grid')
  const end = Math.min(grid.scrollHeight - grid.clientHeight, (pxPerS * maxMs) / 1000)
  const durationMs = (end / pxPerS) * 1000
  const from = performance.now()
  await new Promise((resolve) => {
    requestAnimationFrame(function step(t) {
      const k = Math.min(1, (t - from) / durationMs)
      grid.scrollTop = end * k
      window.__scrollProgress = { t, k, top: grid.scrollTop, connected: grid.isConnected }
      if (k < 1) requestAnimationFrame(step)
      else resolve()
    })
  })
  return { from, to: performance.now(), end }
}`

/**
 * Scale: 10,000 devices. Time from navigation start to the whole device list in the store, and
 * to the first real card painted; then the grid is scrolled from top to bottom at a steady
 * 15,000 px/s (scrollTop moved every frame, about a row of new cards per frame) while frames are timed.
 */
export async function scale(ctx: BenchContext): Promise<void> {
  const maxScrollMs = ctx.opts.smoke ? 2000 : 120_000
  await withStack(ctx, SCALE_DEVICES, 1, async (stack) => {
    await stack.control.setRate(RATE)
    const dash = await openDashboard(await ctx.browser(), stack.app.url)
    try {
      const marks = await until(
        async () => {
          const m = await dash.probe.marks()
          return m.devicesReady !== null && m.firstCard !== null ? m : null
        },
        'the device list and the first card',
        60_000,
        50,
      )
      await sleep(1000)
      ctx.log(`scale: ${SCALE_DEVICES.toLocaleString('en-US')} devices listed at ${round(marks.devicesReady as number)} ms; scrolling`)
      const scrolling = dash.page.evaluate(`(${SCROLL_TO_END})(${SCROLL_PX_PER_S}, ${maxScrollMs})`)
      const scrolled = (await withTimeout(scrolling, maxScrollMs + 30_000, 'scrolling the grid').catch(async (e: unknown) => {
        const state = await withTimeout(dash.page.evaluate('JSON.stringify({ progress: window.__scrollProgress, now: performance.now(), frames: window.__dtLiveProbe.frames(performance.now() - 2000, performance.now()).length, visibility: document.visibilityState })'), 5000, 'reading the page state').catch((e2: unknown) => String(e2))
        throw new Error(`${e instanceof Error ? e.message : String(e)}; page: ${String(state)}`)
      })) as { from: number; to: number; end: number }
      const fps = frameRate(await dash.probe.frames(scrolled.from, scrolled.to))
      const ready = marks.devicesReady as number
      const firstCard = marks.firstCard as number
      await stack.control.setRate(0)
      const both = Math.max(ready, firstCard)
      ctx.row({ section: 'Scale', measure: `${SCALE_DEVICES.toLocaleString('en-US')} devices listed`, value: round(ready), unit: 'ms', note: `from navigation start; ${marks.devicesReadyCount.toLocaleString('en-US')} devices in the store` })
      ctx.row({ section: 'Scale', measure: 'listed and first cards painted', value: round(both), unit: 'ms', target: `≤ ${TARGET_MS} ms`, ...(ctx.opts.smoke ? {} : { pass: both <= TARGET_MS }), note: `first card at ${round(firstCard)} ms` })
      ctx.row({ section: 'Scale', measure: 'frame rate scrolling to the end (median)', value: round(fps.median), unit: 'fps', target: `≥ ${TARGET_FPS}`, ...(ctx.opts.smoke ? {} : { pass: fps.median >= TARGET_FPS }), note: `p5 ${round(fps.p5)} fps; ${round(scrolled.end / 1000)}k px at ${SCROLL_PX_PER_S / 1000}k px/s, ${fps.frames} frames` })
      ctx.record('scale', { devices: SCALE_DEVICES, rate: RATE, devicesReadyMs: ready, firstCardMs: firstCard, scroll: { ...scrolled, fps } })
    } finally {
      await dash.close()
    }
  })
}
