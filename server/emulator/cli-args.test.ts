import { spawn } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { DEMO_CREDENTIALS } from './demo-credentials'
import { UsageError, parseCli } from './cli-args'

describe('parseCli', () => {
  it('defaults to 127.0.0.1:8787 and the demo credentials', () => {
    const cli = parseCli([], {})
    expect(cli.port).toBe(8787)
    expect(cli.host).toBe('127.0.0.1')
    expect(cli.options.projectId).toBeUndefined()
    expect(cli.options.faults).toBe(false)
    expect(cli.options.load).toBeUndefined()
  })

  it('reads every flag', () => {
    const cli = parseCli(
      ['--port', '9000', '--host', '0.0.0.0', '--seed', '7', '--devices', '20000', '--rate', '2000', '--faults', '--max-stream-duration', '90s', '--token-lifetime', '120', '--error-frame-layout', 'legacy'],
      {},
    )
    expect(cli).toMatchObject({ port: 9000, host: '0.0.0.0' })
    expect(cli.options).toMatchObject({ seed: 7, load: { devices: 20000, rate: 2000 }, faults: true, maxStreamDurationMs: 90_000, tokenLifetimeS: 120, errorFrameLayout: 'legacy' })
    expect(parseCli(['--max-stream-duration', '5000'], {}).options.maxStreamDurationMs).toBe(5000)
    expect(parseCli([], { PORT: '8123' }).port).toBe(8123)
  })

  it('takes the project and account from the environment only when all four are set', () => {
    const env = {
      DT_PROJECT_ID: 'c0myownpr0ject000000',
      DT_SERVICE_ACCOUNT_KEY_ID: 'c0myownkey0000000000',
      DT_SERVICE_ACCOUNT_SECRET: 's3cret',
      DT_SERVICE_ACCOUNT_EMAIL: 'me@c0myownpr0ject000000.serviceaccount.d21s.com',
    }
    expect(parseCli([], env).options).toMatchObject({ projectId: env.DT_PROJECT_ID, serviceAccount: { keyId: env.DT_SERVICE_ACCOUNT_KEY_ID, secret: 's3cret' } })
    expect(parseCli([], { ...env, DT_SERVICE_ACCOUNT_EMAIL: '' }).options.projectId).toBeUndefined()
  })

  it('rejects unknown flags and bad values with a UsageError', () => {
    for (const argv of [['--bogus'], ['--port', 'eighty'], ['--port', '70000'], ['--rate', '-3'], ['--max-stream-duration', 'soon'], ['--error-frame-layout', 'xml'], ['stray']]) {
      expect(() => parseCli(argv, {}), argv.join(' ')).toThrow(UsageError)
    }
  })
})

function run(args: string[], untilText?: string): Promise<{ code: number | null; out: string; err: string; child: ReturnType<typeof spawn> }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/emulator-cli.ts', ...args], { cwd: process.cwd(), env: { ...process.env, PORT: '' } })
    let out = ''
    let err = ''
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString()
      if (untilText && out.includes(untilText)) resolve({ code: null, out, err, child })
    })
    child.stderr.on('data', (c: Buffer) => (err += c.toString()))
    child.on('exit', (code) => resolve({ code, out, err, child }))
  })
}

describe('npm run emulator', () => {
  it('exits 2 with a clear message on a bad flag', async () => {
    const res = await run(['--colour'])
    expect(res.code).toBe(2)
    expect(res.err).toMatch(/Unknown option '--colour'/)
    expect(res.err).toMatch(/Usage:/)
  })

  it('prints its URLs and credentials, serves /health and stops on SIGTERM', async () => {
    const started = await run(['--port', '0', '--seed', '3'], 'email')
    try {
      expect(started.out).toContain(`project id    ${DEMO_CREDENTIALS.projectId}`)
      expect(started.out).toContain(`secret        ${DEMO_CREDENTIALS.secret}`)
      const base = /API base URL\s+(http:\/\/127\.0\.0\.1:\d+\/v2)/.exec(started.out)?.[1]
      expect(started.out).toMatch(/token URL\s+http:\/\/127\.0\.0\.1:\d+\/oauth2\/token/)
      const health = await fetch(`${base?.replace(/\/v2$/, '')}/health`)
      expect(await health.json()).toEqual({ ok: true })
    } finally {
      const exited = new Promise<number | null>((resolve) => started.child.on('exit', resolve))
      started.child.kill('SIGTERM')
      expect(await exited).toBe(0)
    }
  })
})
