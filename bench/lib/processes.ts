import { spawn, type ChildProcess } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { DEMO_CREDENTIALS } from '../../server/emulator/demo-credentials'

/** A child process the bench started; `stop` ends exactly it (and waits), never anything by name. */
export interface Child {
  readonly pid: number
  readonly url: string
  output(): string
  stop(): Promise<void>
}

/** Fails fast when something holds the port: its health check would pass for ours. */
export function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', () => reject(new Error(`port ${port} is in use; stop whatever holds it or pick other ports (--port-base)`)))
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()))
  })
}

async function waitForHealth(url: string, child: ChildProcess, log: () => string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`process exited with ${child.exitCode} before it was healthy:\n${log()}`)
    try {
      const r = await fetch(`${url}/health`, { signal: AbortSignal.timeout(2000) })
      if (r.ok) return
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`${url}/health did not answer within ${timeoutMs} ms:\n${log()}`)
}

function track(child: ChildProcess, url: string): Child {
  let out = ''
  const keep = (d: Buffer) => {
    out += d.toString()
    if (out.length > 64_000) out = out.slice(-32_000)
  }
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  return {
    pid: child.pid ?? -1,
    url,
    output: () => out,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return
      child.kill('SIGTERM')
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000)
      await exited
      clearTimeout(timer)
    },
  }
}

/** Runs a server script with tsx's loader in this Node (not the tsx CLI, whose grandchild a kill would miss). */
async function startServer(script: string, args: string[], env: Record<string, string>, port: number): Promise<Child> {
  await assertPortFree(port)
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
  const handle = track(child, `http://127.0.0.1:${port}`)
  try {
    await waitForHealth(handle.url, child, handle.output)
  } catch (e) {
    await handle.stop()
    throw e
  }
  return handle
}

/** The emulator in load mode with the fault/control API, on its own port. */
export function startEmulator(port: number, devices: number, rate: number): Promise<Child> {
  return startServer('server/emulator-cli.ts', ['--port', String(port), '--faults', '--seed', '11', '--devices', String(devices), '--rate', String(rate)], {}, port)
}

/** dt-live's own server pointed at the emulator as if it were DT's cloud: browser → proxy → emulator. */
export function startApp(port: number, emulatorUrl: string, staticDir: string): Promise<Child> {
  return startServer(
    'server/main.ts',
    [],
    {
      PORT: String(port),
      DT_LIVE_STATIC_DIR: staticDir,
      DT_API_URL: `${emulatorUrl}/v2`,
      DT_TOKEN_URL: `${emulatorUrl}/oauth2/token`,
      DT_PROJECT_ID: DEMO_CREDENTIALS.projectId,
      DT_SERVICE_ACCOUNT_KEY_ID: DEMO_CREDENTIALS.keyId,
      DT_SERVICE_ACCOUNT_SECRET: DEMO_CREDENTIALS.secret,
      DT_SERVICE_ACCOUNT_EMAIL: DEMO_CREDENTIALS.email,
    },
    port,
  )
}

/** Spawns a client whose stdout is a line per event; the bench counts lines as they arrive. */
export function spawnLineCounter(command: string, args: string[], env: Record<string, string>): Child & { lines(): number } {
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
  let lines = 0
  child.stdout?.on('data', (d: Buffer) => {
    // Counting newlines in the raw bytes keeps the bench's own cost per line tiny.
    let i = -1
    while ((i = d.indexOf(10, i + 1)) !== -1) lines++
  })
  const handle = track(child, '')
  return { ...handle, lines: () => lines }
}

const TICKS_PER_SECOND = 100

/** CPU seconds (user + system) a process has used so far, from /proc; 0 once it is gone. */
export function cpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    // Fields after the command name, which may hold spaces: state is field 3, utime 14, stime 15.
    const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return (Number(rest[11]) + Number(rest[12])) / TICKS_PER_SECOND
  } catch {
    return 0
  }
}

/** Every live descendant of `pid` (children, grandchildren, …), from /proc. */
export function descendants(pid: number): number[] {
  const parents = new Map<number, number>()
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      parents.set(Number(entry), Number(rest[1]))
    } catch {
      // exited meanwhile
    }
  }
  const out: number[] = []
  const queue = [pid]
  while (queue.length) {
    const p = queue.shift() as number
    for (const [child, parent] of parents) {
      if (parent === p) {
        out.push(child)
        queue.push(child)
      }
    }
  }
  return out
}

/** CPU seconds of a whole process tree. */
export function treeCpuSeconds(pid: number, exclude: ReadonlySet<number> = new Set()): number {
  let sum = 0
  for (const p of descendants(pid)) if (!exclude.has(p)) sum += cpuSeconds(p)
  return sum
}

/** Known children of the bench, so the rest of its process tree can be counted as the browser. */
export interface CpuSubjects {
  emulator?: Child
  app?: Child
  client?: Child
}

/** CPU use over a window, as a share of one core: emulator, app server (proxy), browser, bench, client. */
export function startCpuMeter(subjects: CpuSubjects): () => Record<string, number> {
  const known = () => {
    const out = new Set<number>()
    for (const c of Object.values(subjects)) {
      if (!c) continue
      out.add(c.pid)
      for (const d of descendants(c.pid)) out.add(d)
    }
    return out
  }
  const read = () => {
    const k = known()
    const self = process.cpuUsage()
    const values: Record<string, number> = {
      browser: treeCpuSeconds(process.pid, k),
      bench: (self.user + self.system) / 1e6,
    }
    for (const [name, c] of Object.entries(subjects)) if (c) values[name] = cpuSeconds(c.pid)
    return values
  }
  const start = read()
  const t0 = Date.now()
  return () => {
    const end = read()
    const seconds = (Date.now() - t0) / 1000
    const out: Record<string, number> = {}
    for (const key of Object.keys(end)) out[key] = Math.round((((end[key] ?? 0) - (start[key] ?? 0)) / seconds) * 100)
    return out
  }
}
