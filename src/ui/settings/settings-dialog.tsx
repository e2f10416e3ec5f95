import { useEffect, useId, useRef, useState, type ReactNode } from 'react'
import './settings.css'

/** The settings form's values; numbers are kept as typed so a typo can be named, not swallowed. */
export interface SettingsFormValues {
  apiBaseUrl: string
  projectId: string
  authMode: 'server' | 'service-account' | 'basic'
  keyId: string
  secret: string
  email: string
  tokenUrl: string
  remember: boolean
  pingIntervalS: string
  watchdogMarginS: string
  giveUpAfter: string
  pauseWhenHidden: boolean
}

export type SettingsFormErrors = Partial<Record<keyof SettingsFormValues, string>>

export interface SettingsDialogProps {
  initial: SettingsFormValues
  /** Whether dt-live's own server is there to hold a service account (not on static hosting). */
  serverAvailable: boolean
  /** Validates and applies; returns the problems, or nothing when applied. */
  onApply: (values: SettingsFormValues) => { errors: SettingsFormErrors; warnings: SettingsFormErrors } | null
  onReset: () => void
  onClose: () => void
}

function Field(props: { label: string; error?: string | undefined; warning?: string | undefined; hint?: string; children: (id: string, describedBy: string | undefined) => ReactNode }) {
  const id = useId()
  const msgId = `${id}-msg`
  const message = props.error ?? props.warning ?? props.hint
  return (
    <div className="field" data-invalid={props.error ? 'true' : undefined}>
      <label htmlFor={id}>{props.label}</label>
      {props.children(id, message ? msgId : undefined)}
      {message && (
        <p id={msgId} className={props.error ? 'field-error' : props.warning ? 'field-warning' : 'field-hint'} role={props.error ? 'alert' : undefined}>
          {message}
        </p>
      )}
    </div>
  )
}

/** Connection settings: API, project, authentication and stream policy, validated before they apply. */
export function SettingsDialog({ initial, serverAvailable, onApply, onReset, onClose }: SettingsDialogProps) {
  const [v, setV] = useState(initial)
  const [problems, setProblems] = useState<{ errors: SettingsFormErrors; warnings: SettingsFormErrors }>({ errors: {}, warnings: {} })
  const first = useRef<HTMLInputElement>(null)
  useEffect(() => first.current?.focus(), [])
  const set = <K extends keyof SettingsFormValues>(key: K, value: SettingsFormValues[K]) => setV((prev) => ({ ...prev, [key]: value }))
  const e = problems.errors
  const w = problems.warnings
  const needsSecret = v.authMode !== 'server'

  return (
    <div className="dialog-backdrop" onMouseDown={(ev) => ev.target === ev.currentTarget && onClose()}>
      <form
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="settings-title"
        onKeyDown={(ev) => ev.key === 'Escape' && onClose()}
        onSubmit={(ev) => {
          ev.preventDefault()
          const result = onApply(v)
          if (result) setProblems(result)
        }}
      >
        <h2 id="settings-title">Settings</h2>
        <fieldset>
          <legend>Connection</legend>
          <Field label="API base URL" error={e.apiBaseUrl} hint="/api/v2 goes through dt-live's server; or a full URL such as https://api.disruptive-technologies.com/v2">
            {(id, d) => <input ref={first} id={id} aria-describedby={d} value={v.apiBaseUrl} onChange={(ev) => set('apiBaseUrl', ev.target.value)} spellCheck={false} />}
          </Field>
          <Field label="Project id" error={e.projectId}>
            {(id, d) => <input id={id} aria-describedby={d} value={v.projectId} onChange={(ev) => set('projectId', ev.target.value)} spellCheck={false} />}
          </Field>
          <Field label="Authentication" error={e.authMode}>
            {(id, d) => (
              <select id={id} aria-describedby={d} value={v.authMode} onChange={(ev) => set('authMode', ev.target.value as SettingsFormValues['authMode'])}>
                <option value="server" disabled={!serverAvailable}>dt-live server (service account kept on the server)</option>
                <option value="service-account">Service account in this browser (OAuth2)</option>
                <option value="basic">Basic Auth (local experiments)</option>
              </select>
            )}
          </Field>
          {needsSecret && (
            <>
              <Field label="Key id" error={e.keyId}>
                {(id, d) => <input id={id} aria-describedby={d} value={v.keyId} onChange={(ev) => set('keyId', ev.target.value)} autoComplete="username" spellCheck={false} />}
              </Field>
              <Field label="Secret" error={e.secret} warning={w.secret} hint="Kept in this tab's memory only; never stored in localStorage, never put in a URL.">
                {(id, d) => <input id={id} aria-describedby={d} type="password" value={v.secret} onChange={(ev) => set('secret', ev.target.value)} autoComplete="current-password" />}
              </Field>
            </>
          )}
          {v.authMode === 'service-account' && (
            <>
              <Field label="Service-account email" error={e.email} warning={w.email}>
                {(id, d) => <input id={id} aria-describedby={d} value={v.email} onChange={(ev) => set('email', ev.target.value)} spellCheck={false} />}
              </Field>
              <Field label="Token URL" error={e.tokenUrl}>
                {(id, d) => <input id={id} aria-describedby={d} value={v.tokenUrl} onChange={(ev) => set('tokenUrl', ev.target.value)} spellCheck={false} />}
              </Field>
            </>
          )}
          {needsSecret && (
            <label className="check">
              <input type="checkbox" checked={v.remember} onChange={(ev) => set('remember', ev.target.checked)} /> Remember for this tab (sessionStorage; gone when the tab closes)
            </label>
          )}
        </fieldset>
        <fieldset>
          <legend>Stream</legend>
          <div className="field-row">
            <Field label="Ping interval (s)" error={e.pingIntervalS}>
              {(id, d) => <input id={id} aria-describedby={d} inputMode="decimal" value={v.pingIntervalS} onChange={(ev) => set('pingIntervalS', ev.target.value)} />}
            </Field>
            <Field label="Watchdog margin (s)" error={e.watchdogMarginS}>
              {(id, d) => <input id={id} aria-describedby={d} inputMode="decimal" value={v.watchdogMarginS} onChange={(ev) => set('watchdogMarginS', ev.target.value)} />}
            </Field>
            <Field label="Give up after (attempts, 0 = never)" error={e.giveUpAfter}>
              {(id, d) => <input id={id} aria-describedby={d} inputMode="numeric" value={v.giveUpAfter} onChange={(ev) => set('giveUpAfter', ev.target.value)} />}
            </Field>
          </div>
          <label className="check">
            <input type="checkbox" checked={v.pauseWhenHidden} onChange={(ev) => set('pauseWhenHidden', ev.target.checked)} /> Pause the stream while this tab is hidden (catches up on return)
          </label>
        </fieldset>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onReset}>
            Reset to defaults
          </button>
          <span className="spacer" />
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button primary">
            Apply
          </button>
        </div>
      </form>
    </div>
  )
}
