import { deviceStore } from '../store'
import { SettingsDialog } from '../ui/settings/settings-dialog'
import type { ClientConfig } from './client-config'
import { defaultSettings, saveSettings } from './connection-settings'
import { credentialStorage, NO_CREDENTIALS, settingsStorage, type ConnectionChoice } from './connection-state'
import { fromFormValues, toFormValues } from './settings-form'

export interface SettingsContainerProps {
  config: ClientConfig
  choice: ConnectionChoice
  onApply: (next: ConnectionChoice) => void
  onClose: () => void
}

/** The settings dialog wired to validation and storage: non-secret settings to localStorage, secrets only to this tab if asked. */
export function SettingsContainer({ config, choice, onApply, onClose }: SettingsContainerProps) {
  return (
    <SettingsDialog
      initial={toFormValues(choice.settings, choice.credentials, choice.remember)}
      serverAvailable={config.source !== 'static'}
      onClose={onClose}
      onReset={() => {
        saveSettings(defaultSettings(config), settingsStorage)
        credentialStorage.forget()
        deviceStore.getState().clear()
        onApply({ settings: defaultSettings(config), credentials: NO_CREDENTIALS, remember: false })
      }}
      onApply={(values) => {
        const r = fromFormValues(values)
        if (!r.ok) return { errors: r.errors, warnings: r.warnings }
        saveSettings(r.settings, settingsStorage)
        if (r.remember) credentialStorage.remember({ ...r.credentials, tokenUrl: r.settings.tokenUrl })
        else credentialStorage.forget()
        const before = choice.settings
        if (before.projectId !== r.settings.projectId || before.apiBaseUrl !== r.settings.apiBaseUrl) deviceStore.getState().clear()
        onApply({ settings: r.settings, credentials: r.credentials, remember: r.remember })
        return null
      }}
    />
  )
}
