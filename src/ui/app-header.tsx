import type { ReactNode } from 'react'
import './layout.css'

export interface AppHeaderProps {
  projectName: string
  /** Organisation or data source, shown small beside the project. */
  subtitle?: string
  connection: ReactNode
  actions: ReactNode
  /** Beside the project name: the project switcher. */
  projectControl?: ReactNode
}

/** The top bar: project first, connection state next, actions last. */
export function AppHeader({ projectName, subtitle, connection, actions, projectControl }: AppHeaderProps) {
  return (
    <header className="app-header">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true" />
        <div className="brand-text">
          <span className="brand-name">dt-live</span>
          <h1 className="project-name" title={projectName}>
            {projectName}
          </h1>
        </div>
        {projectControl}
        {subtitle && <span className="project-subtitle muted">{subtitle}</span>}
      </div>
      <div className="header-connection">{connection}</div>
      <div className="header-actions">{actions}</div>
    </header>
  )
}
