/**
 * Serve-time configuration from the environment, with DT's own variable names. Every problem is
 * collected and reported together, so a typo is named instead of silently ignored.
 */

export const DT_CLOUD_API_URL = 'https://api.disruptive-technologies.com/v2'
export const DT_CLOUD_TOKEN_URL = 'https://identity.disruptive-technologies.com/oauth2/token'

export interface ServiceAccount {
  keyId: string
  secret: string
  email: string
}

export interface ServerConfig {
  port: number
  host: string
  /** `emulator`: no credentials, the emulator runs inside this server. `remote`: a DT-compatible API. */
  mode: 'emulator' | 'remote'
  /** Upstream API base including /v2; in emulator mode filled in once the port is known. */
  apiUrl: string
  tokenUrl: string
  projectId: string
  serviceAccount?: ServiceAccount
  emulatorSeed: number
  /** Where the built app lives. */
  staticDir: string
}

const CREDENTIAL_VARS = ['DT_PROJECT_ID', 'DT_SERVICE_ACCOUNT_KEY_ID', 'DT_SERVICE_ACCOUNT_SECRET', 'DT_SERVICE_ACCOUNT_EMAIL'] as const

/** Environment variables dt-live reads; anything else starting with DT_ is reported as a likely typo. */
export const KNOWN_VARS = new Set<string>([
  ...CREDENTIAL_VARS,
  'DT_API_URL',
  'DT_TOKEN_URL',
  'DT_EMULATOR_SEED',
  'DT_LIVE_STATIC_DIR',
])

function readPort(value: string | undefined, name: string, fallback: number, problems: string[]): number {
  if (value === undefined || value === '') return fallback
  const n = Number(value)
  if (!Number.isInteger(n) || n < 0 || n > 65535) {
    problems.push(`${name} must be a port number between 0 and 65535, got "${value}"`)
    return fallback
  }
  return n
}

function readUrl(value: string | undefined, name: string, fallback: string, problems: string[]): string {
  if (value === undefined || value === '') return fallback
  try {
    const url = new URL(value)
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('protocol')
    return value.replace(/\/+$/, '')
  } catch {
    problems.push(`${name} must be an http:// or https:// URL, got "${value}"`)
    return fallback
  }
}

/** Reads the configuration; `problems` lists every error and `warnings` every likely typo. */
export function readServerConfig(
  env: Record<string, string | undefined>,
  defaults: { port?: number; staticDir: string },
): { config: ServerConfig; problems: string[]; warnings: string[] } {
  const problems: string[] = []
  const warnings: string[] = []
  const port = readPort(env.PORT, 'PORT', defaults.port ?? 8080, problems)
  const host = env.HOST || '127.0.0.1'
  const set = CREDENTIAL_VARS.filter((v) => env[v])
  const seedText = env.DT_EMULATOR_SEED
  const emulatorSeed = seedText ? Number(seedText) : 1
  if (!Number.isInteger(emulatorSeed)) problems.push(`DT_EMULATOR_SEED must be an integer, got "${seedText}"`)

  for (const key of Object.keys(env)) {
    if (key.startsWith('DT_') && !KNOWN_VARS.has(key)) warnings.push(`${key} is not a setting dt-live knows; is it a typo?`)
  }

  const base = { port, host, emulatorSeed, staticDir: defaults.staticDir }
  if (set.length === 0) {
    if (env.DT_API_URL || env.DT_TOKEN_URL) {
      problems.push(`DT_API_URL/DT_TOKEN_URL are set but no credentials: also set ${CREDENTIAL_VARS.join(', ')}`)
    }
    return { config: { ...base, mode: 'emulator', apiUrl: '', tokenUrl: '', projectId: '' }, problems, warnings }
  }
  if (set.length < CREDENTIAL_VARS.length) {
    const missing = CREDENTIAL_VARS.filter((v) => !env[v])
    problems.push(`incomplete DT credentials: ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing (set all four, or none to use the built-in emulator)`)
  }
  const config: ServerConfig = {
    ...base,
    mode: 'remote',
    apiUrl: readUrl(env.DT_API_URL, 'DT_API_URL', DT_CLOUD_API_URL, problems),
    tokenUrl: readUrl(env.DT_TOKEN_URL, 'DT_TOKEN_URL', DT_CLOUD_TOKEN_URL, problems),
    projectId: env.DT_PROJECT_ID ?? '',
    serviceAccount: {
      keyId: env.DT_SERVICE_ACCOUNT_KEY_ID ?? '',
      secret: env.DT_SERVICE_ACCOUNT_SECRET ?? '',
      email: env.DT_SERVICE_ACCOUNT_EMAIL ?? '',
    },
  }
  return { config, problems, warnings }
}
