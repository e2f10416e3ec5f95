import { useMemo, useState } from 'react'
import { useUiStore } from '../store'
import type { ClientConfig } from './client-config'
import { initialConnection, needsCredentials, type ConnectionChoice } from './connection-state'
import { DeviceListContainer } from './device-list-container'
import { EventLogContainer } from './event-log-container'
import { HeaderContainer } from './header-container'
import { createSessionStore } from './session-state'
import { SettingsContainer } from './settings-container'
import { useSession } from './use-session'
import { useTheme } from './use-theme'

/** The dashboard: header, devices, event log; one session per connection choice. */
export function Dashboard({ config }: { config: ClientConfig }) {
  useTheme(useUiStore((s) => s.theme))
  const [choice, setChoice] = useState<ConnectionChoice>(() => initialConnection(config))
  const blocked = needsCredentials(choice)
  const [settingsOpen, setSettingsOpen] = useState(blocked)
  const sessionState = useMemo(() => createSessionStore(), [])
  const session = useSession(config, blocked ? null : choice.settings, choice.credentials, sessionState)

  return (
    <div className="app">
      <HeaderContainer
        config={config}
        choice={choice}
        state={sessionState}
        onReconnect={() => session.reconnectNow()}
        onOpenSettings={() => setSettingsOpen(true)}
      />
      <div />
      <div className="app-body">
        <main className="app-main" aria-label="Devices">
          <DeviceListContainer />
        </main>
        <aside className="app-rail">
          <EventLogContainer />
        </aside>
      </div>
      {settingsOpen && (
        <SettingsContainer
          config={config}
          choice={choice}
          onApply={(next) => {
            setChoice(next)
            setSettingsOpen(false)
          }}
          onClose={() => setSettingsOpen(false)}
        />
      )}
    </div>
  )
}
