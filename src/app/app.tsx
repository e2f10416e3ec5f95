import { useCallback, useEffect, useState } from 'react'
import { loadClientConfig, type ClientConfig } from './client-config'
import { Dashboard } from './dashboard'

type Boot = { kind: 'loading' } | { kind: 'ready'; config: ClientConfig } | { kind: 'error'; message: string }

/** Loads what dt-live's server says about itself, then runs the dashboard. */
export function App() {
  const [boot, setBoot] = useState<Boot>({ kind: 'loading' })
  const [attempt, setAttempt] = useState(0)
  useEffect(() => {
    let cancelled = false
    loadClientConfig().then(
      (config) => !cancelled && setBoot({ kind: 'ready', config }),
      (e: unknown) => !cancelled && setBoot({ kind: 'error', message: e instanceof Error ? e.message : String(e) }),
    )
    return () => {
      cancelled = true
    }
  }, [attempt])
  const retry = useCallback(() => {
    setBoot({ kind: 'loading' })
    setAttempt((n) => n + 1)
  }, [])

  if (boot.kind === 'ready') return <Dashboard config={boot.config} />
  if (boot.kind === 'loading') {
    return (
      <div className="page-message" role="status">
        Starting dt-live…
      </div>
    )
  }
  return (
    <div className="page-message" role="alert">
      <h1>dt-live cannot start</h1>
      <p>{boot.message}</p>
      <p className="muted">The dashboard needs dt-live&apos;s own server: run it with npm start.</p>
      <button type="button" className="button" onClick={retry}>
        Try again
      </button>
    </div>
  )
}
