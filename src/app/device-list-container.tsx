import { useDeviceStore, useVisibleDeviceIds } from '../store'

/** Interim device list (the card grid replaces it): names from labels, type, id. */
export function DeviceListContainer() {
  const ids = useVisibleDeviceIds()
  const devices = useDeviceStore((s) => s.devices)
  const loading = useDeviceStore((s) => s.loading)
  if (loading.devices === 'error') return <p role="alert">{loading.error}</p>
  return (
    <table className="device-table" aria-label="Devices">
      <caption>{loading.devices === 'ready' ? `${ids.length} devices` : `Loading devices… ${loading.count || ''}`}</caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Type</th>
          <th scope="col">Device id</th>
        </tr>
      </thead>
      <tbody>
        {ids.map((id) => {
          const d = devices[id]
          return d ? (
            <tr key={id}>
              <td>{d.name}</td>
              <td>{d.type}</td>
              <td className="mono">{d.id}</td>
            </tr>
          ) : null
        })}
      </tbody>
    </table>
  )
}
