import { useMemo } from 'react'
import { isUnfiltered, uiStore, useDeviceStore, useUiStore, type DeviceStoreState } from '../../store'
import { orderChips } from '../../ui/filters/chip-order'
import { FilterBar } from '../../ui/filters/filter-bar'
import { deviceTypeOptions, selectDeviceTypeCounts } from './device-type-counts'
import { useFilterUrlSync } from './use-filter-url-sync'
import { useSampledDeviceStore } from './use-sampled-device-store'

const selectDevicesByType = (s: DeviceStoreState) => s.devicesByEventType
const selectEventsByType = (s: DeviceStoreState) => s.countsByEventType
const actions = () => uiStore.getState()

/** The filter bar wired to the UI store, the live counts and the URL. */
export function FilterBarContainer() {
  const url = useFilterUrlSync()
  const filters = useUiStore((s) => s.filters)
  const devicesByType = useSampledDeviceStore(selectDevicesByType)
  const eventsByType = useSampledDeviceStore(selectEventsByType)
  const typeCounts = useDeviceStore(selectDeviceTypeCounts)
  const chips = useMemo(() => orderChips(devicesByType, eventsByType, filters.eventTypes), [devicesByType, eventsByType, filters.eventTypes])
  const deviceTypes = useMemo(() => deviceTypeOptions(typeCounts, filters.deviceTypes), [typeCounts, filters.deviceTypes])

  return (
    <FilterBar
      chips={chips}
      onToggleEventType={(t) => actions().toggleEventType(t)}
      deviceTypes={deviceTypes}
      onToggleDeviceType={(t) => actions().toggleDeviceType(t)}
      search={filters.search}
      onSearch={(s) => actions().setSearch(s)}
      serverSide={filters.serverSide}
      onServerSide={(on) => actions().setServerSide(on)}
      filtered={!isUnfiltered(filters) || filters.serverSide}
      onClear={() => actions().clearFilters()}
      problems={url.problems}
      onDismissProblems={url.dismiss}
    />
  )
}
