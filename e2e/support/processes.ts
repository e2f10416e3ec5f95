import { spawn, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'
import { DEMO } from './demo-api'


export interface RunningProcess {
  url: string
  /** Stops the process (SIGTERM, then SIGKILL) and waits for it to exit. */
  stop(signal?: NodeJS.Signals): Promise<void>
  output(): string
}

async function waitForHealth(url: string, child: ChildProcess, log: () => string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  let last = ''
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`process exited with ${child.exitCode} before it was healthy:\n${log()}`)
    try {
      const r = await fetch(`${url}/health`, { signal: AbortSignal.timeout(2000) })
      if (r.ok) return
      throw new Error(`health answered ${r.status}`)
    } catch (e) {
      last = e instanceof Error ? `${e.message} ${String((e as { cause?: unknown }).cause ?? '')}` : String(e)
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`${url}/health did not answer within ${timeoutMs} ms (${last}):\n${log()}`)
}

/** Fails fast when a leftover process holds the port: its health check would pass for ours. */
function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', () => reject(new Error(`port ${port} is already in use; stop the process holding it`)))
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()))
  })
}

async function start(script: string, args: string[], env: Record<string, string>, url: string): Promise<RunningProcess> {
  await assertPortFree(Number(new URL(url).port))
  let out = ''
  // node with tsx's loader, not the tsx CLI: the CLI runs the script in a grandchild that a
  // SIGKILL of the CLI would leave behind.
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()))
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()))
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const handle: RunningProcess = {
    url,
    output: () => out,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode !== null || child.signalCode !== null) return
      child.kill(signal)
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000)
      await exited
      clearTimeout(timer)
    },
  }
  return waitForHealth(url, child, () => out).then(
    () => handle,
    async (e: unknown) => {
      await handle.stop('SIGKILL')
      throw e
    },
  )
}

/** The DT API emulator with its fault API, on its own port. */
export function startEmulator(port: number, extraArgs: string[] = []): Promise<RunningProcess> {
  return start('server/emulator-cli.ts', ['--port', String(port), '--faults', '--seed', '11', ...extraArgs], {}, `http://127.0.0.1:${port}`)
}

/** dt-live's server pointed at an emulator as if it were DT's cloud, with the given (or demo) credentials. */
export function startApp(port: number, emulatorUrl: string, credentials: Partial<typeof DEMO> = {}): Promise<RunningProcess> {
  const c = { ...DEMO, ...credentials }
  return start(
    'server/main.ts',
    [],
    {
      PORT: String(port),
      DT_API_URL: `${emulatorUrl}/v2`,
      DT_TOKEN_URL: `${emulatorUrl}/oauth2/token`,
      DT_PROJECT_ID: c.projectId,
      DT_SERVICE_ACCOUNT_KEY_ID: c.keyId,
      DT_SERVICE_ACCOUNT_SECRET: c.secret,
      DT_SERVICE_ACCOUNT_EMAIL: c.email,
    },
    `http://127.0.0.1:${port}`,
  )
}
