import { useEffect, useState } from 'react'
import { useStore } from 'zustand'
import { uiStore, useUiStore } from '../store'
import { AppHeader } from '../ui/app-header'
import { ConnectionBadge } from '../ui/connection/connection-badge'
import { ConnectionPanel } from '../ui/connection/connection-panel'
import { ProjectSwitcher, type ProjectOptions } from '../ui/projects/project-switcher'
import { useNow } from '../ui/use-now'
import type { ClientConfig } from './client-config'
import type { ConnectionChoice } from './connection-state'
import { describeConnection, statusRows } from './describe-connection'
import { alarmStore } from './alarms/alarm-app-store'
import { pageTitle } from './page-title'
import type { ProjectList } from './project-list'
import type { SessionStore } from './session-state'

export interface HeaderContainerProps {
  config: ClientConfig
  choice: ConnectionChoice
  state: SessionStore
  onReconnect: () => void
  onOpenSettings: () => void
  /** The projects the account can see, for the switcher. */
  listProjects: (signal: AbortSignal) => Promise<ProjectList>
  onSwitchProject: (projectId: string) => void
}

/** Header wired to the session: project, connection state with its countdown, live pause, unit, theme, settings. */
export function HeaderContainer({ config, choice, state, onReconnect, onOpenSettings, listProjects, onSwitchProject }: HeaderContainerProps) {
  const now = useNow(1000)
  const stream = useStore(state, (s) => s.stream)
  const token = useStore(state, (s) => s.token)
  const project = useStore(state, (s) => s.project)
  const projectError = useStore(state, (s) => s.projectError)
  const [panelOpen, setPanelOpen] = useState(false)
  const livePaused = useUiStore((s) => s.livePaused)
  const unit = useUiStore((s) => s.temperatureUnit)
  const theme = useUiStore((s) => s.theme)
  const view = describeConnection(stream, token, projectError, now)
  const projectName = project?.displayName || choice.settings.projectId || 'No project'
  const unacknowledged = useStore(alarmStore, (s) => Object.values(s.alarms).filter((a) => a.phase === 'firing' && !a.acknowledged).length)
  const title = pageTitle({ project: projectName, connection: view.label, unacknowledged })
  useEffect(() => {
    document.title = title
  }, [title])
  const source = config.source === 'emulator' ? 'built-in emulator' : choice.settings.apiBaseUrl.startsWith('/') ? config.upstreamApiUrl : choice.settings.apiBaseUrl

  return (
    <>
      <AppHeader
        projectName={projectName}
        subtitle={project?.organization ? `${project.organization} · ${source}` : source}
        projectControl={<ProjectSwitcher currentId={choice.settings.projectId} load={(signal) => listProjects(signal).then(toOptions)} onSwitch={onSwitchProject} />}
        connection={<ConnectionBadge view={view} now={now} onReconnect={onReconnect} onToggleDetails={() => setPanelOpen((o) => !o)} detailsOpen={panelOpen} />}
        actions={
          <>
            <button type="button" className="button" aria-pressed={livePaused} onClick={() => uiStore.getState().setLivePaused(!livePaused)} title="Freeze the charts to inspect them; data keeps arriving">
              {livePaused ? 'Resume live' : 'Pause live'}
            </button>
            <button type="button" className="button" onClick={() => uiStore.getState().setTemperatureUnit(unit === 'C' ? 'F' : 'C')} aria-label={`Temperature unit: °${unit}. Switch to °${unit === 'C' ? 'F' : 'C'}`}>
              °{unit}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => uiStore.getState().setTheme(theme === 'system' ? 'dark' : theme === 'dark' ? 'light' : 'system')}
              aria-label={`Theme: ${theme}. Switch theme`}
              title={`Theme: ${theme}`}
            >
              {theme === 'dark' ? 'Dark' : theme === 'light' ? 'Light' : 'Auto'}
            </button>
            <button type="button" className="button" onClick={onOpenSettings}>
              Settings
            </button>
          </>
        }
      />
      {panelOpen && <ConnectionPanel view={view} rows={statusRows(stream, token, now)} onClose={() => setPanelOpen(false)} />}
    </>
  )
}

function toOptions(list: ProjectList): ProjectOptions {
  if (!list.ok) return list
  const projects = list.projects.map((p) => ({ id: p.id, name: p.displayName, organization: p.organizationDisplayName, sensors: p.sensorCount, connectors: p.cloudConnectorCount, inventory: p.inventory }))
  return { ok: true, projects, truncated: list.truncated }
}
