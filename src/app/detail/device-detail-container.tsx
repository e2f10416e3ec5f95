import { useEffect, useState } from 'react'
import { useStore } from 'zustand'
import { deviceStore, uiStore, useDeviceStore, useUiStore } from '../../store'
import { PanelBoundary } from '../../ui/boundary'
import { DeviceDetail } from '../../ui/detail/device-detail'
import { RangePicker } from '../../ui/detail/range-picker'
import { formatClock, formatSpan } from '../../ui/detail/time-axis'
import { zoomIn, zoomOut, type TimeSpan } from '../../ui/detail/zoom'
import { ZoomChip, ZoomControls } from '../../ui/detail/zoom-controls'
import { downloadText } from '../csv'
import { DetailAlarmBanner } from './detail-alarm-banner'
import { preloadDetailChartsWhenIdle } from './detail-charts-loader'
import { comparedForExport, detailCsv } from './detail-csv'
import { DetailFactsContainer, RecentEventsContainer } from './detail-facts-container'
import { historyTypesOf } from './detail-series'
import { LazyDetailCharts } from './lazy-detail-charts'
import type { DetailNavigation } from './detail-navigation'
import { useDetailNavigation } from './use-detail-navigation'
import { windowAt } from './use-detail-window'
import { useHistoryRange } from './use-history-range'

/** The device's card (its button when it has one), for focus when the opener is gone. */
function cardOf(deviceId: string): HTMLElement | null {
  const sel = `[data-device-id="${CSS.escape(deviceId)}"]`
  return document.querySelector<HTMLElement>(`${sel} button`) ?? document.querySelector<HTMLElement>(sel)
}

/**
 * The device detail, opened by `uiStore.selectDevice(id)` or a `?device=<id>` URL and closed by
 * Esc, Back or its close button. Mount it once anywhere in the app: it renders a modal sheet only
 * while a device is selected, and keeps the URL in step at all times.
 */
export function DeviceDetailContainer() {
  const nav = useDetailNavigation()
  useEffect(() => preloadDetailChartsWhenIdle(), [])
  const id = useUiStore((s) => s.selectedDeviceId)
  return id ? <DeviceDetailSheet key={id} deviceId={id} nav={nav} /> : null
}

function DeviceDetailSheet({ deviceId, nav }: { deviceId: string; nav: DetailNavigation }) {
  const range = useStore(nav.view, (s) => s.range)
  const compare = useStore(nav.view, (s) => s.compare)
  const name = useDeviceStore((s) => s.devices[deviceId]?.name)
  const type = useDeviceStore((s) => s.devices[deviceId]?.type)
  const description = useDeviceStore((s) => s.devices[deviceId]?.description)
  const listing = useDeviceStore((s) => s.loading.devices)
  const types = useDeviceStore((s) => {
    const r = s.devices[deviceId]
    return r ? historyTypesOf(r).join(',') : ''
  })
  const frozenAt = useUiStore((s) => s.frozenAt)
  const unit = useUiStore((s) => s.temperatureUnit)
  // A device with nothing to chart (a connector, a touch sensor) has no history to load.
  const history = useHistoryRange(deviceId, types ? range : 'live', types ? types.split(',') : [])
  const known = name !== undefined
  // A zoom is a still span inside the range (live updates of the charts stop while it lasts);
  // a new range starts unzoomed.
  const [zoom, setZoom] = useState<{ range: typeof range; span: TimeSpan } | null>(null)
  const span = zoom?.range === range ? zoom.span : null
  const zoomToSpan = (s: TimeSpan | null) => setZoom(s ? { range, span: s } : null)

  const exportCsv = () => {
    const record = deviceStore.getState().devices[deviceId]
    if (!record) return
    const data = history.state.status === 'ready' ? history.state.data : undefined
    const { filename, text } = detailCsv(record, data, range, span ? { ...span, frozen: true } : windowAt(range, frozenAt), unit, comparedForExport(compare, range))
    downloadText(filename, text)
  }

  return (
    <DeviceDetail
      title={name ?? (listing === 'ready' ? 'Device not found' : deviceId)}
      meta={
        <>
          {type && <span className="detail-type-chip">{type}</span>}
          <span className="mono">{deviceId}</span>
          {frozenAt !== null && (
            <span className="detail-paused-chip" title="Live updates are paused in the header">
              Paused at {formatClock(frozenAt)}
            </span>
          )}
          {span && <ZoomChip span={formatSpan(span.from, span.to)} onReset={() => zoomToSpan(null)} />}
        </>
      }
      {...(description ? { description } : {})}
      toolbar={
        known &&
        types !== '' && (
          <>
            <RangePicker value={range} onChange={(r) => nav.setRange(r)} />
            <ZoomControls
              zoomed={span !== null}
              onZoomIn={() => {
                const whole = windowAt(range, frozenAt)
                zoomToSpan(zoomIn(span ?? whole, whole))
              }}
              onZoomOut={() => span && zoomToSpan(zoomOut(span, windowAt(range, frozenAt)))}
            />
            <button
              type="button"
              className="button"
              aria-pressed={frozenAt !== null}
              onClick={() => uiStore.getState().setLivePaused(frozenAt === null)}
              title="Freeze the charts to inspect them; data keeps arriving"
            >
              {frozenAt === null ? 'Pause' : 'Resume'}
            </button>
            <button type="button" className="button" onClick={exportCsv} title="Download the visible series as CSV">
              CSV
            </button>
          </>
        )
      }
      banner={known && <DetailAlarmBanner deviceId={deviceId} />}
      onClose={() => nav.close()}
      fallbackFocus={() => cardOf(deviceId)}
    >
      {known ? (
        <>
          <LazyDetailCharts deviceId={deviceId} range={range} history={history} zoom={span} onZoom={zoomToSpan} compare={compare} onCompare={nav.setCompare} />
          <PanelBoundary name="device facts">
            <DetailFactsContainer deviceId={deviceId} />
          </PanelBoundary>
          <PanelBoundary name="recent events">
            <RecentEventsContainer deviceId={deviceId} />
          </PanelBoundary>
        </>
      ) : (
        <div className="detail-card" role={listing === 'ready' ? 'alert' : 'status'}>
          {listing === 'ready' || listing === 'error' ? (
            <p>
              No device with id <span className="mono">{deviceId}</span> in this project. The link may be old, or the device was moved to another project.
            </p>
          ) : (
            <p>Loading the device list…</p>
          )}
          <button type="button" className="button" onClick={() => nav.close()}>
            Back to the dashboard
          </button>
        </div>
      )}
    </DeviceDetail>
  )
}
