import { useCallback, useState } from 'react'
import { deviceStore, summarizeEntry, uiStore, useFilteredLog, useUiStore, type EventLogEntry } from '../store'
import { EventLog } from '../ui/event-log/event-log'
import { downloadText, logToCsv } from './csv'

function deviceName(id: string): string {
  return deviceStore.getState().devices[id]?.name ?? id
}

/** The log wired to the store and the filters; pausing freezes the lines on screen, not the data. */
export function EventLogContainer() {
  const live = useFilteredLog()
  const paused = useUiStore((s) => s.logPaused)
  const unit = useUiStore((s) => s.temperatureUnit)
  const [frozen, setFrozen] = useState<readonly EventLogEntry[] | null>(null)
  const entries = paused && frozen ? frozen : live
  const summarize = useCallback((e: EventLogEntry) => summarizeEntry(e, unit), [unit])
  const filtered = useUiStore((s) => s.filters.eventTypes.length > 0 || s.filters.search !== '' || s.filters.deviceTypes.length > 0)

  return (
    <EventLog
      entries={entries}
      deviceName={deviceName}
      summarize={summarize}
      paused={paused}
      onTogglePause={() => {
        setFrozen(paused ? null : live)
        uiStore.getState().setLogPaused(!paused)
      }}
      onSelectDevice={(id) => uiStore.getState().selectDevice(id)}
      onExportCsv={() => downloadText(`dt-live-events-${new Date().toISOString().slice(0, 19).replace(/:/g, '')}.csv`, logToCsv(entries, deviceName, unit))}
      emptyText={filtered ? 'No events match the filters.' : 'Waiting for events…'}
    />
  )
}
