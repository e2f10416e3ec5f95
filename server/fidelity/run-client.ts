import { spawn, type ChildProcess } from 'node:child_process'

/** A client program under test: its output lines, awaited with a timeout, and its exit. */
export interface ClientRun {
  lines: string[]
  stderr(): string
  waitForLine(pattern: RegExp, timeoutMs?: number): Promise<string>
  exited: Promise<number | null>
  kill(): void
}

export function runClient(command: string, args: string[], env: Record<string, string>): ClientRun {
  const child: ChildProcess = spawn(command, args, {
    cwd: process.cwd(),
    // Local URLs must never go through a proxy the environment may define.
    env: { ...process.env, NO_PROXY: '127.0.0.1,localhost', no_proxy: '127.0.0.1,localhost', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const lines: string[] = []
  const listeners = new Set<() => void>()
  let partial = ''
  let err = ''
  child.stdout?.on('data', (chunk: Buffer) => {
    partial += chunk.toString()
    const parts = partial.split('\n')
    partial = parts.pop() ?? ''
    lines.push(...parts)
    listeners.forEach((l) => l())
  })
  child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()))
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  void exited.then(() => listeners.forEach((l) => l()))
  let exitCode: number | null | undefined
  void exited.then((c) => (exitCode = c))

  return {
    lines,
    stderr: () => err,
    exited,
    kill: () => child.kill('SIGTERM'),
    waitForLine(pattern, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const hit = lines.find((l) => pattern.test(l))
          if (hit !== undefined) {
            done()
            resolve(hit)
          } else if (exitCode !== undefined) {
            done()
            reject(new Error(`client exited (${exitCode}) before printing ${pattern}; stdout: ${lines.join(' | ')}; stderr: ${err}`))
          }
        }
        const timer = setTimeout(() => {
          done()
          reject(new Error(`no line matching ${pattern} within ${timeoutMs} ms; stdout: ${lines.join(' | ')}; stderr: ${err}`))
        }, timeoutMs)
        const done = () => {
          clearTimeout(timer)
          listeners.delete(check)
        }
        listeners.add(check)
        check()
      })
    },
  }
}
