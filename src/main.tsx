import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/app'
import { installPerfProbe, probeRequested } from './app/perf-probe'
import { deviceStore } from './store'
import { PanelBoundary } from './ui/boundary'
import './ui/theme.css'

// `?probe` is the benchmark's read-only instrumentation (npm run bench); off for everyone else.
if (probeRequested(window.location.search)) installPerfProbe(deviceStore)

const root = document.getElementById('root')
if (root) {
  createRoot(root).render(
    <StrictMode>
      <PanelBoundary name="dashboard" scope="page">
        <App />
      </PanelBoundary>
    </StrictMode>,
  )
}
