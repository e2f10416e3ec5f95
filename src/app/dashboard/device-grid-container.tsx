import { useCallback } from 'react'
import { useStore } from 'zustand'
import { CALM_RESORT_MS, DEVICE_SORTS, isDeviceSort, isLiveSort, uiStore, useDeviceStore, useUiStore, type HistoryProgress } from '../../store'
import { DeviceGrid } from '../../ui/grid/device-grid'
import { GridMessage } from '../../ui/grid/grid-message'
import { GridSummary } from '../../ui/grid/grid-summary'
import { SortPicker } from '../../ui/grid/sort-picker'
import { useNow } from '../../ui/use-now'
import type { SessionStore } from '../session-state'
import { DeviceCardContainer } from './device-card-container'
import { LIVE_WINDOW_MS, windowCaption, windowEnd } from './live-window'
import { useGridHold } from './use-grid-hold'
import { useSortedDeviceIds } from './use-sorted-device-ids'

export interface DeviceGridContainerProps {
  /** The running session's state: the stream status decides whether values may look current. */
  session: SessionStore
  onOpenSettings: () => void
}

/** Skeleton cards while the first page of the device list loads. */
const SKELETONS = 12

const RESORT_SECONDS = Math.round(CALM_RESORT_MS / 1000)

/** The picker's options: live-value orders under a heading that says how they update. */
const SORT_OPTIONS = DEVICE_SORTS.map((s) => (s.live ? { ...s, group: `Live values, re-sorted every ${RESORT_SECONDS} s` } : s))

const LIVE_HINT = {
  short: `every ${RESORT_SECONDS} s`,
  long: `Re-sorted every ${RESORT_SECONDS} s, and not while the pointer or keyboard focus is in the grid, so cards stay put as you reach for them.`,
}

function historyText(h: HistoryProgress): string | null {
  if (h.status === 'loading' && h.total > 0) return `Loading history… ${h.done.toLocaleString('en-US')} of ${h.total.toLocaleString('en-US')} devices`
  if (h.status === 'error' && h.error) return `History: ${h.error}`
  return null
}

/** The device grid with its loading, empty, no-match and error states, and its one shared clock. */
export function DeviceGridContainer({ session, onOpenSettings }: DeviceGridContainerProps) {
  const sort = useUiStore((s) => s.filters.sort)
  const total = useDeviceStore((s) => s.deviceOrder.length)
  const status = useDeviceStore((s) => s.loading.devices)
  const listed = useDeviceStore((s) => s.loading.count)
  const error = useDeviceStore((s) => s.loading.error)
  const history = useDeviceStore((s) => s.loading.history)
  const live = useStore(session, (s) => s.stream?.state === 'live')
  const frozenAt = useUiStore((s) => s.frozenAt)
  const now = useNow(1000)
  const hold = useGridHold()
  const ids = useSortedDeviceIds(now, hold.held)
  const to = windowEnd(now, frozenAt)
  const from = to - LIVE_WINDOW_MS
  const caption = windowCaption(frozenAt)
  const renderCard = useCallback(
    (id: string, width: number) => <DeviceCardContainer id={id} now={now} live={live} from={from} to={to} windowLabel={caption} width={width} />,
    [now, live, from, to, caption],
  )
  const loading = status === 'idle' || status === 'loading'

  const grid = <DeviceGrid ids={ids} renderCard={renderCard} label="Devices" handlers={hold.handlers} />
  let body
  if (status === 'error') {
    // Devices heard of on the stream still show below the message.
    body = (
      <>
        <GridMessage
          tone="error"
          title="The device list could not be loaded"
          actions={
            <button type="button" className="button" onClick={onOpenSettings}>
              Open settings
            </button>
          }
        >
          <p>{error}</p>
          <p>Check the project id and that the service account has access to the project (DT Studio → Service accounts).</p>
        </GridMessage>
        {ids.length > 0 && grid}
      </>
    )
  } else if (loading) {
    // Skeletons until the list is complete: events can name devices before the list does, and
    // cards must not reshuffle when it lands.
    body = <DeviceGrid ids={ids} renderCard={renderCard} skeletons={SKELETONS} label="Devices" />
  } else if (total === 0) {
    body = (
      <GridMessage title="This project has no devices yet">
        <p>Devices appear here as soon as they are added to the project in DT Studio, or move in from the Inventory.</p>
      </GridMessage>
    )
  } else if (ids.length === 0) {
    body = (
      <GridMessage
        title="No devices match the filters"
        actions={
          <button type="button" className="button" onClick={() => uiStore.getState().clearFilters()}>
            Clear filters
          </button>
        }
      >
        <p>Nothing in this project matches every filter you set.</p>
      </GridMessage>
    )
  } else {
    body = grid
  }

  return (
    <>
      <GridSummary
        shown={ids.length}
        total={total}
        loadingCount={loading ? listed : null}
        progress={historyText(history)}
        end={
          <SortPicker
            value={sort}
            options={SORT_OPTIONS}
            hint={isLiveSort(sort) ? LIVE_HINT : undefined}
            onChange={(s) => isDeviceSort(s) && uiStore.getState().setSort(s)}
          />
        }
      />
      {body}
    </>
  )
}
