import type { ReactNode } from 'react'
import './grid.css'

export interface GridMessageProps {
  title: string
  children: ReactNode
  tone?: 'info' | 'error'
  /** Buttons: "Clear filters", "Open settings". */
  actions?: ReactNode
}

/** The grid's place for an empty project, a filter that matches nothing, or a failed device list. */
export function GridMessage({ title, children, tone = 'info', actions }: GridMessageProps) {
  return (
    <div className="grid-message" data-tone={tone} role={tone === 'error' ? 'alert' : 'status'}>
      <h2>{title}</h2>
      {children}
      {actions && <div className="grid-message-actions">{actions}</div>}
    </div>
  )
}
