import { parseArgs } from 'node:util'
import { parseDuration } from '../../src/dt'
import { emulatorOptionsFromEnv } from './env'
import type { EmulatorOptions } from './options'

/** Help text of `npm run emulator`. */
export const USAGE = `Usage: npm run emulator -- [options]

  --port <n>                    port (default: PORT or 8787)
  --host <addr>                 address to bind (default: 127.0.0.1)
  --seed <n>                    seed for device ids and values
  --devices <n>                 load mode: this many devices (default rate 100/s)
  --rate <n>                    load mode: events per second in total
  --faults                      enable the /control fault API
  --max-stream-duration <d>     end streams after this long (ms, or 90s, 5m, 1h; default 1h)
  --token-lifetime <s>          access token lifetime in seconds (default 3600)
  --error-frame-layout <l>      code | grpc | legacy (default code)
  --no-query-token              refuse ?token= on the stream
  --help                        show this text

Credentials: DT_PROJECT_ID, DT_SERVICE_ACCOUNT_KEY_ID, DT_SERVICE_ACCOUNT_SECRET and
DT_SERVICE_ACCOUNT_EMAIL, all four, or the built-in demo values.`

/** A bad command line: printed with the usage, exit code 2. */
export class UsageError extends Error {}

function int(name: string, raw: string | undefined, min: number, max: number): number | undefined {
  if (raw === undefined) return undefined
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) throw new UsageError(`--${name} must be an integer from ${min} to ${max}, got "${raw}"`)
  return Number(raw)
}

/** Parses argv into emulator options and a port; throws UsageError with a readable message. */
export function parseCli(argv: string[], env: NodeJS.ProcessEnv): { options: EmulatorOptions; port: number; host: string; help: boolean } {
  let values: Record<string, string | boolean | undefined>
  try {
    values = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        seed: { type: 'string' },
        devices: { type: 'string' },
        rate: { type: 'string' },
        faults: { type: 'boolean' },
        'max-stream-duration': { type: 'string' },
        'token-lifetime': { type: 'string' },
        'error-frame-layout': { type: 'string' },
        'no-query-token': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e))
  }
  const str = (k: string) => (typeof values[k] === 'string' ? (values[k] as string) : undefined)
  const port = int('port', str('port') ?? env.PORT, 0, 65535) ?? 8787
  const devices = int('devices', str('devices'), 1, 1_000_000)
  const rate = int('rate', str('rate'), 1, 1_000_000)
  const durationRaw = str('max-stream-duration')
  const maxStreamDurationMs = durationRaw === undefined ? undefined : /^\d+$/.test(durationRaw) ? Number(durationRaw) : parseDuration(durationRaw)
  if (durationRaw !== undefined && (maxStreamDurationMs === undefined || maxStreamDurationMs < 1)) {
    throw new UsageError(`--max-stream-duration must be milliseconds or a duration such as 90s or 5m, got "${durationRaw}"`)
  }
  const layout = str('error-frame-layout')
  if (layout !== undefined && layout !== 'code' && layout !== 'grpc' && layout !== 'legacy') {
    throw new UsageError(`--error-frame-layout must be code, grpc or legacy, got "${layout}"`)
  }
  const options: EmulatorOptions = {
    ...emulatorOptionsFromEnv(env),
    seed: int('seed', str('seed'), 0, 2 ** 32 - 1),
    faults: values.faults === true,
    maxStreamDurationMs,
    tokenLifetimeS: int('token-lifetime', str('token-lifetime'), 1, 86_400),
    errorFrameLayout: layout,
    allowQueryToken: values['no-query-token'] !== true,
    load: devices !== undefined || rate !== undefined ? { devices: devices ?? 1000, rate: rate ?? 100 } : undefined,
  }
  return { options, port, host: str('host') ?? '127.0.0.1', help: values.help === true }
}
