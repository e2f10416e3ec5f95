import { createCredentialStorage } from '../auth'
import type { ClientConfig } from './client-config'
import { deviceStore } from '../store'
import { defaultSettings, loadSettings, saveSettings, type ConnectionSettings, type TypedCredentials } from './connection-settings'
import { detailNavigation } from './detail'

/** The connection the dashboard runs with: settings, the typed credentials, and whether to remember them. */
export interface ConnectionChoice {
  settings: ConnectionSettings
  credentials: TypedCredentials
  remember: boolean
}

export const NO_CREDENTIALS: TypedCredentials = { keyId: '', secret: '', email: '' }

function localStorageOrNull(): Storage | null {
  try {
    return window.localStorage
  } catch {
    return null
  }
}

export const settingsStorage = localStorageOrNull()
export const credentialStorage = createCredentialStorage()

/** True when the chosen mode needs a typed secret that is not there yet (static hosting, first visit). */
export function needsCredentials(choice: ConnectionChoice): boolean {
  return choice.settings.authMode !== 'server' && (!choice.credentials.secret || !choice.settings.projectId)
}

/** Settings stored from earlier visits over the server's defaults, plus an account remembered for this tab. */
export function initialConnection(config: ClientConfig): ConnectionChoice {
  const settings = loadSettings(defaultSettings(config), settingsStorage)
  const remembered = credentialStorage.load()
  if (settings.authMode !== 'server' && remembered) {
    return { settings: { ...settings, tokenUrl: remembered.tokenUrl || settings.tokenUrl }, credentials: { keyId: remembered.keyId, secret: remembered.secret, email: remembered.email }, remember: true }
  }
  // A non-server mode without its secret (it was never stored) cannot connect; fall back to the server.
  if (settings.authMode !== 'server' && config.source !== 'static') {
    return { settings: { ...settings, authMode: 'server' }, credentials: NO_CREDENTIALS, remember: false }
  }
  return { settings, credentials: NO_CREDENTIALS, remember: false }
}

/**
 * The same connection on another project: remembered like a settings change, the old project's
 * devices dropped (a card must never show a device of the project one left) and its detail closed.
 */
export function switchProject(choice: ConnectionChoice, projectId: string): ConnectionChoice {
  const settings = { ...choice.settings, projectId }
  saveSettings(settings, settingsStorage)
  detailNavigation().close()
  deviceStore.getState().clear()
  return { ...choice, settings }
}
