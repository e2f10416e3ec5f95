import { checkApiBaseUrl, checkEmail, checkKeyId, checkSecret, checkTokenUrl, type TokenMode } from '../auth'
import type { ClientConfig } from './client-config'

/** How the dashboard connects: where, to which project, how it authenticates, how it keeps the stream. */
export interface ConnectionSettings {
  apiBaseUrl: string
  projectId: string
  authMode: TokenMode
  /** Token endpoint for the in-browser service account (a same-origin proxy by default). */
  tokenUrl: string
  /** Seconds; sent as `ping_interval`. */
  pingIntervalS: number
  /** Seconds of silence beyond the ping interval before the watchdog reconnects. */
  watchdogMarginS: number
  /** Attempts without data before going offline; 0 retries forever. */
  giveUpAfter: number
  pauseWhenHidden: boolean
}

/** Credentials typed in the settings; held in memory only (sessionStorage only if asked). */
export interface TypedCredentials {
  keyId: string
  secret: string
  email: string
}

/** Defaults from dt-live's server: its proxy, its project, its token broker. */
export function defaultSettings(config: ClientConfig): ConnectionSettings {
  return {
    apiBaseUrl: config.apiBaseUrl,
    projectId: config.projectId,
    authMode: config.source === 'static' ? 'service-account' : 'server',
    tokenUrl: config.tokenProxyUrl,
    pingIntervalS: 10,
    watchdogMarginS: 2,
    giveUpAfter: 5,
    pauseWhenHidden: false,
  }
}

export type SettingsField = keyof ConnectionSettings | keyof TypedCredentials
export type SettingsErrors = Partial<Record<SettingsField, string>>

const PROJECT_ID = /^[a-z0-9-]{1,64}$/i

function numberIn(value: number, lo: number, hi: number, label: string, unit: string): string | undefined {
  if (!Number.isFinite(value)) return `${label} must be a number`
  if (value < lo || value > hi) return `${label} must be between ${lo} and ${hi}${unit}`
  return undefined
}

/** Every problem with a settings draft, by field; empty when it can be applied. */
export function validateSettings(s: ConnectionSettings, creds: TypedCredentials): { errors: SettingsErrors; warnings: SettingsErrors } {
  const errors: SettingsErrors = {}
  const warnings: SettingsErrors = {}
  const api = checkApiBaseUrl(s.apiBaseUrl)
  if (!api.ok) errors.apiBaseUrl = api.message
  if (!PROJECT_ID.test(s.projectId.trim())) {
    errors.projectId = s.projectId.trim() ? 'Project id may only hold letters, digits and "-"' : 'Project id is required'
  }
  const ping = numberIn(s.pingIntervalS, 1, 300, 'Ping interval', ' s')
  if (ping) errors.pingIntervalS = ping
  const margin = numberIn(s.watchdogMarginS, 0.5, 60, 'Watchdog margin', ' s')
  if (margin) errors.watchdogMarginS = margin
  const giveUp = numberIn(s.giveUpAfter, 0, 100, 'Give up after', ' attempts')
  if (giveUp || !Number.isInteger(s.giveUpAfter)) errors.giveUpAfter = giveUp ?? 'Give up after must be a whole number'

  if (s.authMode !== 'server') {
    const key = checkKeyId(creds.keyId)
    if (!key.ok) errors.keyId = key.message
    const secret = checkSecret(creds.secret)
    if (!secret.ok) errors.secret = secret.message
  }
  if (s.authMode === 'service-account') {
    const email = checkEmail(creds.email)
    if (!email.ok) errors.email = email.message
    else if (email.warning) warnings.email = email.warning
    const token = checkTokenUrl(s.tokenUrl)
    if (!token.ok) errors.tokenUrl = token.message
  }
  return { errors, warnings }
}

const STORAGE_KEY = 'dt-live:connection'

/**
 * Reads the stored non-secret settings over the defaults. Key ids, emails and secrets are never
 * in here: they live in memory, or in sessionStorage when the user ticks "remember for this tab".
 */
export function loadSettings(defaults: ConnectionSettings, storage: Pick<Storage, 'getItem'> | null): ConnectionSettings {
  let raw: unknown
  try {
    raw = JSON.parse(storage?.getItem(STORAGE_KEY) ?? 'null')
  } catch {
    return defaults
  }
  if (!raw || typeof raw !== 'object') return defaults
  const r = raw as Partial<Record<keyof ConnectionSettings, unknown>>
  const str = (v: unknown, d: string) => (typeof v === 'string' && v ? v : d)
  const num = (v: unknown, d: number) => (typeof v === 'number' && Number.isFinite(v) ? v : d)
  const mode = r.authMode === 'service-account' || r.authMode === 'basic' || r.authMode === 'server' ? r.authMode : defaults.authMode
  const merged: ConnectionSettings = {
    apiBaseUrl: str(r.apiBaseUrl, defaults.apiBaseUrl),
    projectId: str(r.projectId, defaults.projectId),
    authMode: mode,
    tokenUrl: str(r.tokenUrl, defaults.tokenUrl),
    pingIntervalS: num(r.pingIntervalS, defaults.pingIntervalS),
    watchdogMarginS: num(r.watchdogMarginS, defaults.watchdogMarginS),
    giveUpAfter: num(r.giveUpAfter, defaults.giveUpAfter),
    pauseWhenHidden: typeof r.pauseWhenHidden === 'boolean' ? r.pauseWhenHidden : defaults.pauseWhenHidden,
  }
  // A stored value that no longer validates (hand-edited, older version) falls back to the default.
  const { errors } = validateSettings(merged, { keyId: 'x', secret: 'x', email: 'x@x' })
  for (const key of Object.keys(errors) as (keyof ConnectionSettings)[]) {
    ;(merged as unknown as Record<string, unknown>)[key] = defaults[key]
  }
  return merged
}

/** Stores the non-secret settings; a storage failure only means they do not persist. */
export function saveSettings(settings: ConnectionSettings, storage: Pick<Storage, 'setItem'> | null): void {
  try {
    storage?.setItem(STORAGE_KEY, JSON.stringify(settings))
  } catch {
    // quota or privacy mode
  }
}
