import type { SettingsFormErrors, SettingsFormValues } from '../ui/settings/settings-dialog'
import { validateSettings, type ConnectionSettings, type TypedCredentials } from './connection-settings'

/** The form's values for the current settings. */
export function toFormValues(s: ConnectionSettings, creds: TypedCredentials, remember: boolean): SettingsFormValues {
  return {
    apiBaseUrl: s.apiBaseUrl,
    projectId: s.projectId,
    authMode: s.authMode,
    keyId: creds.keyId,
    secret: creds.secret,
    email: creds.email,
    tokenUrl: s.tokenUrl,
    remember,
    pingIntervalS: String(s.pingIntervalS),
    watchdogMarginS: String(s.watchdogMarginS),
    giveUpAfter: String(s.giveUpAfter),
    pauseWhenHidden: s.pauseWhenHidden,
  }
}

function parseNumber(text: string): number {
  const t = text.trim().replace(',', '.')
  return t === '' ? Number.NaN : Number(t)
}

/** Reads and validates the form: either settings to apply, or the problems by field. */
export function fromFormValues(v: SettingsFormValues):
  | { ok: true; settings: ConnectionSettings; credentials: TypedCredentials; remember: boolean; warnings: SettingsFormErrors }
  | { ok: false; errors: SettingsFormErrors; warnings: SettingsFormErrors } {
  const settings: ConnectionSettings = {
    apiBaseUrl: v.apiBaseUrl.trim().replace(/\/+$/, ''),
    projectId: v.projectId.trim(),
    authMode: v.authMode,
    tokenUrl: v.tokenUrl.trim(),
    pingIntervalS: parseNumber(v.pingIntervalS),
    watchdogMarginS: parseNumber(v.watchdogMarginS),
    giveUpAfter: parseNumber(v.giveUpAfter),
    pauseWhenHidden: v.pauseWhenHidden,
  }
  // Key id and email are trimmed; the secret is used byte for byte.
  const credentials = v.authMode === 'server' ? { keyId: '', secret: '', email: '' } : { keyId: v.keyId.trim(), secret: v.secret, email: v.email.trim() }
  const { errors, warnings } = validateSettings(settings, credentials)
  if (Object.keys(errors).length) return { ok: false, errors, warnings }
  return { ok: true, settings, credentials, remember: v.remember && v.authMode !== 'server', warnings }
}
