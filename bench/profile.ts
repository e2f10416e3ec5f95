/**
 * `npm run bench:profile -- --rate 5000 [--devices 2000] [--seconds 10] [--scroll]`: where the
 * page's main thread spends its time under load. Builds an unminified copy of the app (names
 * kept), opens it on the emulator through dt-live's server, and records at once a Chrome trace
 * (devtools.timeline: script, style, layout, paint, GC) and a V8 CPU profile. Prints the main
 * thread's time by activity and the hottest functions by self time; writes the raw trace and
 * profile to bench/profile-*.json for DevTools (Performance panel: "Load profile…").
 */
import { spawn } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { sleep } from './lib/browser'
import { sharedBrowser, withStack, type BenchContext } from './lib/context'
import { openLiveDashboard } from './lib/dashboard'
import { startCpuMeter } from './lib/processes'
import { frameRate, round } from './lib/stats'
import { summarizeProfile, summarizeTrace, type CpuProfile, type TraceEvent } from './lib/trace-summary'

const { values } = parseArgs({
  options: {
    rate: { type: 'string', default: '5000' },
    devices: { type: 'string', default: '2000' },
    seconds: { type: 'string', default: '10' },
    scroll: { type: 'boolean', default: false },
    'port-base': { type: 'string', default: '4580' },
    'static-dir': { type: 'string', default: join(tmpdir(), 'dt-live-bench-profile-dist') },
    'skip-build': { type: 'boolean', default: false },
  },
})
const rate = Number(values.rate)
const devices = Number(values.devices)
const seconds = Number(values.seconds)
const staticDir = values['static-dir'] as string

function buildUnminified(outDir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const vite = join('node_modules', 'vite', 'bin', 'vite.js')
    const child = spawn(process.execPath, [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--minify', 'false', '--logLevel', 'warn'], { stdio: 'inherit' })
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`vite build failed with code ${code}`))))
  })
}

async function main(): Promise<void> {
  if (!values['skip-build']) await buildUnminified(staticDir)
  const browser = sharedBrowser()
  const ctx: BenchContext = {
    opts: { long: false, smoke: false, only: [], portBase: Number(values['port-base']), staticDir, skipBuild: true, out: '' },
    browser: browser.get,
    log: (line) => console.log(line),
    row: () => undefined,
    record: () => undefined,
  }
  try {
    await withStack(ctx, devices, 0, async (stack) => {
      const dash = await openLiveDashboard(ctx, stack)
      await stack.control.setRate(rate)
      await sleep(3000)
      const b = await browser.get()
      await b.startTracing(dash.page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink.user_timing'] })
      await dash.cdp.send('Profiler.enable')
      await dash.cdp.send('Profiler.setSamplingInterval', { interval: 200 })
      await dash.cdp.send('Profiler.start')
      const from = await dash.probe.pageNow()
      const cpu = startCpuMeter({ emulator: stack.emulator, app: stack.app })
      const before = await dash.probe.counters()
      if (values.scroll) {
        await dash.page.evaluate(`(() => { const g = document.querySelector('.device-grid'); const t0 = performance.now(); requestAnimationFrame(function s(t) { g.scrollTop = (t - t0) * 15; if (t - t0 < ${seconds * 1000}) requestAnimationFrame(s) }) })()`)
      }
      await sleep(seconds * 1000)
      const after = await dash.probe.counters()
      const usage = cpu()
      const { profile } = (await dash.cdp.send('Profiler.stop')) as { profile: CpuProfile }
      const trace = await b.stopTracing()
      const fps = frameRate(await dash.probe.frames(from, await dash.probe.pageNow()))
      await stack.control.setRate(0)
      await dash.close()

      const stamp = `${rate}-${new Date().toISOString().slice(11, 19).replace(/:/g, '')}`
      writeFileSync(`${tmpdir()}/dt-live-profile-${stamp}.cpuprofile`, JSON.stringify(profile))
      writeFileSync(`${tmpdir()}/dt-live-profile-${stamp}.trace.json`, trace)
      const events = (JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents
      console.log(`\nprofile at ${rate}/s over ${devices} devices, ${seconds} s${values.scroll ? ', scrolling' : ''}`)
      console.log(`applied ${Math.round((after.applied - before.applied) / seconds)}/s; frames median ${round(fps.median)} fps, p5 ${round(fps.p5)}; CPU % of a core ${JSON.stringify(usage)}`)
      console.log('\nrenderer main thread, self time by activity:')
      for (const line of summarizeTrace(events, seconds * 1000)) console.log(`  ${line}`)
      console.log('\nJS self time by function (CPU profile):')
      for (const line of summarizeProfile(profile, 30)) console.log(`  ${line}`)
      console.log(`\nraw: ${tmpdir()}/dt-live-profile-${stamp}.trace.json and .cpuprofile (open in Chrome DevTools)`)
    })
  } finally {
    await browser.close()
  }
}

main().catch((e: unknown) => {
  console.error('profile: failed:', e)
  process.exitCode = 1
})
