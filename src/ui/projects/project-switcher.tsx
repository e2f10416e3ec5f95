import { useEffect, useId, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react'
import './projects.css'

/** A project as the switcher lists it. */
export interface ProjectOption {
  readonly id: string
  readonly name: string
  readonly organization: string
  readonly sensors: number
  readonly connectors: number
  readonly inventory: boolean
}

/** What loading the list gave. */
export type ProjectOptions = { readonly ok: true; readonly projects: readonly ProjectOption[]; readonly truncated: boolean } | { readonly ok: false; readonly message: string }

/** Props of {@link ProjectSwitcher}. */
export interface ProjectSwitcherProps {
  currentId: string
  load: (signal: AbortSignal) => Promise<ProjectOptions>
  onSwitch: (projectId: string) => void
}

type View = { kind: 'loading' } | { kind: 'ready'; options: Extract<ProjectOptions, { ok: true }> } | { kind: 'error'; message: string }

const plural = (n: number, one: string) => `${n.toLocaleString('en-US')} ${one}${n === 1 ? '' : 's'}`

/**
 * "Switch project" beside the project name: lists the projects the account can see (fetched
 * when opened, so it is never stale), the current one marked. Esc or focus leaving closes it.
 */
export function ProjectSwitcher({ currentId, load, onSwitch }: ProjectSwitcherProps) {
  const [open, setOpen] = useState(false)
  const [view, setView] = useState<View>({ kind: 'loading' })
  const [attempt, setAttempt] = useState(0)
  const panelId = useId()
  const root = useRef<HTMLDivElement>(null)
  const toggle = useRef<HTMLButtonElement>(null)
  const panel = useRef<HTMLDivElement>(null)
  const loadRef = useRef(load)
  useEffect(() => {
    loadRef.current = load
  })

  useEffect(() => {
    if (!open) return
    const controller = new AbortController()
    loadRef.current(controller.signal).then(
      (r) => !controller.signal.aborted && setView(r.ok ? { kind: 'ready', options: r } : { kind: 'error', message: r.message }),
      (e: unknown) => !controller.signal.aborted && setView({ kind: 'error', message: e instanceof Error ? e.message : String(e) }),
    )
    return () => controller.abort()
  }, [open, attempt])

  // As the device-type picker: closes when focus leaves it altogether (a click elsewhere), or on Esc.
  const onBlur = (e: FocusEvent) => {
    if (!root.current?.contains(e.relatedTarget as Node | null)) setOpen(false)
  }
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !open) return
    e.stopPropagation()
    setOpen(false)
    toggle.current?.focus()
  }

  useEffect(() => {
    // Keyboard users land on the list once it is there.
    if (open && view.kind === 'ready') panel.current?.querySelector<HTMLButtonElement>('button:not([disabled])')?.focus()
  }, [open, view.kind])

  return (
    <div className="project-switcher" ref={root} onBlur={onBlur} onKeyDown={onKeyDown}>
      <button
        ref={toggle}
        type="button"
        className="project-switch-toggle"
        aria-expanded={open}
        aria-controls={panelId}
        title="Switch project"
        onClick={() => {
          if (!open) setView({ kind: 'loading' })
          setOpen(!open)
        }}
      >
        <span className="visually-hidden">Switch project</span>
        <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <div ref={panel} id={panelId} className="project-panel" role="region" aria-label="Projects">
          {view.kind === 'loading' && (
            <p className="project-panel-note" role="status">
              Loading projects…
            </p>
          )}
          {view.kind === 'error' && (
            <div className="project-panel-note" role="alert">
              <p>Cannot list projects: {view.message}</p>
              <button type="button" className="button small" onClick={() => (setView({ kind: 'loading' }), setAttempt((n) => n + 1))}>
                Try again
              </button>
            </div>
          )}
          {view.kind === 'ready' && (
            <>
              <ul className="project-list">
                {view.options.projects.map((p) => {
                  const current = p.id === currentId
                  return (
                    <li key={p.id}>
                      <button
                        type="button"
                        className="project-option"
                        aria-current={current || undefined}
                        disabled={current}
                        onClick={() => {
                          setOpen(false)
                          onSwitch(p.id)
                        }}
                      >
                        <span className="project-option-name">
                          {p.name || p.id}
                          {p.inventory && <span className="project-tag">Inventory</span>}
                          {current && <span className="project-tag current">current</span>}
                        </span>
                        <span className="project-option-meta muted">
                          {[p.organization, plural(p.sensors, 'sensor'), p.connectors ? plural(p.connectors, 'cloud connector') : ''].filter(Boolean).join(' · ')}
                        </span>
                      </button>
                    </li>
                  )
                })}
              </ul>
              {view.options.projects.length === 0 && <p className="project-panel-note">This account sees no projects.</p>}
              {view.options.truncated && <p className="project-panel-note muted">More projects exist than listed here; enter another project id in Settings.</p>}
            </>
          )}
        </div>
      )}
    </div>
  )
}
