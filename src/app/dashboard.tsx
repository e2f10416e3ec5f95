import { useMemo, useState } from 'react'
import { useUiStore } from '../store'
import { PanelBoundary } from '../ui/boundary'
import { AlarmsContainer, useAlarmEngine } from './alarms'
import type { ClientConfig } from './client-config'
import { initialConnection, needsCredentials, switchProject, type ConnectionChoice } from './connection-state'
import { DeviceGridContainer } from './dashboard/device-grid-container'
import { DeviceDetailContainer, detailNavigation } from './detail'
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
  const selectedId = useUiStore((s) => s.selectedDeviceId)
  const [choice, setChoice] = useState<ConnectionChoice>(() => initialConnection(config))
  const blocked = needsCredentials(choice)
  const [settingsOpen, setSettingsOpen] = useState(blocked)
  const sessionState = useMemo(() => createSessionStore(), [])
  useAlarmEngine(sessionState)
  const session = useSession(config, blocked ? null : choice.settings, choice.credentials, sessionState)

  return (
    <div className="app">
      <PanelBoundary name="header">
        <HeaderContainer
          config={config}
          choice={choice}
          state={sessionState}
          onReconnect={() => session.reconnectNow()}
          onOpenSettings={() => setSettingsOpen(true)}
          listProjects={(signal) => session.listProjects(signal)}
          onSwitchProject={(projectId) => setChoice(switchProject(choice, projectId))}
        />
      </PanelBoundary>
      <PanelBoundary name="filter bar">
        <FilterBarContainer />
      </PanelBoundary>
      <div className="app-body">
        <main className="app-main" aria-label="Devices">
          <PanelBoundary name="device grid">
            <DeviceGridContainer session={sessionState} onOpenSettings={() => setSettingsOpen(true)} />
          </PanelBoundary>
        </main>
        <aside className="app-rail">
          <PanelBoundary name="alarms panel">
            <AlarmsContainer session={sessionState} />
          </PanelBoundary>
          <PanelBoundary name="event log">
            <EventLogContainer />
          </PanelBoundary>
        </aside>
      </div>
      <PanelBoundary name="device detail" placement="floating" resetKeys={[selectedId]} onDismiss={() => detailNavigation().close()}>
        <DeviceDetailContainer />
      </PanelBoundary>
      {settingsOpen && (
        <PanelBoundary name="connection settings" placement="floating">
          <SettingsContainer
            config={config}
            choice={choice}
            onApply={(next) => {
              setChoice(next)
              setSettingsOpen(false)
            }}
            onClose={() => setSettingsOpen(false)}
          />
        </PanelBoundary>
      )}
    </div>
  )
}
