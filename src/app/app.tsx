import { useEffect, useState } from 'react'
import { createServerTokenSource, toAuthorizationProvider } from '../auth'
import { createDtRestClient, type Device } from '../dt'
import { DeviceTable } from '../ui/device-table'
import { loadClientConfig } from './client-config'
import { loadAllDevices } from './load-devices'

type PageState = { kind: 'loading'; count: number } | { kind: 'ready'; devices: Device[] } | { kind: 'error'; message: string }


export function App() {
  const [state, setState] = useState<PageState>({ kind: 'loading', count: 0 })
  useEffect(() => {
    const abort = new AbortController()
    void (async () => {
      try {
        const config = await loadClientConfig()
        const tokens = createServerTokenSource({ url: config.tokenUrl })
        abort.signal.addEventListener('abort', () => tokens.dispose())
        const client = createDtRestClient({ baseUrl: config.apiBaseUrl, authorization: toAuthorizationProvider(tokens) })
        const devices = await loadAllDevices(client, config.projectId, (count) => setState({ kind: 'loading', count }), abort.signal)
        if (!abort.signal.aborted) setState({ kind: 'ready', devices })
      } catch (e) {
        if (!abort.signal.aborted) setState({ kind: 'error', message: e instanceof Error ? e.message : String(e) })
      }
    })()
    return () => abort.abort()
  }, [])

  return (
    <main className="page">
      <h1>dt-live</h1>
      {state.kind === 'loading' && <p role="status">Loading devices… {state.count > 0 ? `${state.count} so far` : ''}</p>}
      {state.kind === 'error' && <p role="alert">{state.message}</p>}
      {state.kind === 'ready' && <DeviceTable devices={state.devices} />}
    </main>
  )
}
