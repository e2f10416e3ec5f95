import type { ReactNode } from 'react'
import { ErrorBoundary, type FallbackProps } from 'react-error-boundary'
import { describeRenderError } from './describe-render-error'
import './panel-boundary.css'

export interface PanelBoundaryProps {
  /** What failed, in the user's words: "event log", "device grid". */
  name: string
  /** 'page' for the outermost boundary: nothing else is left on screen to carry on. */
  scope?: 'panel' | 'page'
  /** 'floating' for dialogs and sheets, whose fallback would otherwise land in the page flow. */
  placement?: 'inline' | 'floating'
  /** Runs before "Try again" renders the panel anew (a fresh lazy import, say). */
  onReset?: () => void
  /** The panel renders anew by itself when one of these changes (another device selected). */
  resetKeys?: unknown[]
  /** A second way out for panels that can be closed (the detail sheet): shown as a "Close" button. */
  onDismiss?: () => void
  children: ReactNode
}

/**
 * Keeps a rendering bug in one panel from blanking the page: React unmounts the whole tree on an
 * uncaught render error, which would take the connection state and every chart with it. The
 * fallback names the panel, says what went wrong and offers to try again.
 */
export function PanelBoundary({ name, scope = 'panel', placement = 'inline', onReset, resetKeys, onDismiss, children }: PanelBoundaryProps) {
  return (
    <ErrorBoundary
      fallbackRender={(p) => <PanelError {...p} name={name} scope={scope} placement={placement} {...(onDismiss ? { onDismiss } : {})} />}
      onError={(error, info) => console.error(`dt-live: the ${name} failed to render`, error, info.componentStack)}
      {...(onReset ? { onReset } : {})}
      {...(resetKeys ? { resetKeys } : {})}
    >
      {children}
    </ErrorBoundary>
  )
}

type PanelErrorProps = FallbackProps & Required<Pick<PanelBoundaryProps, 'name' | 'scope' | 'placement'>> & Pick<PanelBoundaryProps, 'onDismiss'>

function PanelError({ error, resetErrorBoundary, name, scope, placement, onDismiss }: PanelErrorProps) {
  const { summary, advice, raw } = describeRenderError(error)
  return (
    <div className="panel-error" role="alert" data-placement={placement} data-scope={scope}>
      <p className="panel-error-title">
        {scope === 'page' ? 'dt-live stopped working' : `The ${name} stopped working`}
      </p>
      <p className="panel-error-detail" data-raw={raw}>{summary}</p>
      <p className="muted">{advice ?? (scope === 'page' ? 'Try again, or reload the page.' : 'The live connection and the rest of the page carry on.')}</p>
      <div className="panel-error-actions">
        <button type="button" className="button" onClick={() => resetErrorBoundary()}>
          Try again
        </button>
        {onDismiss && (
          <button type="button" className="button" onClick={onDismiss}>
            Close
          </button>
        )}
        {scope === 'page' && (
          <button type="button" className="button" onClick={() => window.location.reload()}>
            Reload
          </button>
        )}
      </div>
    </div>
  )
}
