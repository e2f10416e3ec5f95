import { useMemo, useState } from 'react'
import { useUiStore } from '../store'
import { AlarmsContainer, useAlarmEngine } from './alarms'
import type { ClientConfig } from './client-config'
import { initialConnection, needsCredentials, type ConnectionChoice } from './connection-state'
import { DeviceGridContainer } from './dashboard/device-grid-container'
import { DeviceDetailContainer } from './detail'
import { FilterBarContainer } from './dashboard/filter-bar-container'
import { EventLogContainer } from './event-log-container'
import { HeaderContainer } from './header-container'
import { createSessionStore } from './session-state'
import { SettingsContainer } from './settings-container'
import { useSession } from './use-session'
import { useTheme } from './use-theme'

/** The dashboard: header, devices, event log; one session per connection choice. */
export function Dashboard({ config }: { config: ClientConfig }) {
  useTheme(useUiStore((s) => s.theme))
  useAlarmEngine()
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
      <FilterBarContainer />
      <div className="app-body">
        <main className="app-main" aria-label="Devices">
          <DeviceGridContainer session={sessionState} onOpenSettings={() => setSettingsOpen(true)} />
        </main>
        <aside className="app-rail">
          <AlarmsContainer />
          <EventLogContainer />
        </aside>
      </div>
      <DeviceDetailContainer />
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
