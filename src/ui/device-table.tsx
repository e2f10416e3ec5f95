import type { Device } from '../dt'

/** Devices by their `name` label, with type and id; a device without a name shows its id. */
export function DeviceTable({ devices }: { devices: Device[] }) {
  const sorted = [...devices].sort((a, b) => (a.labels.name ?? a.id).localeCompare(b.labels.name ?? b.id))
  return (
    <table className="device-table" aria-label="Devices">
      <caption>{devices.length} devices</caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Type</th>
          <th scope="col">Device id</th>
        </tr>
      </thead>
      <tbody>
        {sorted.map((d) => (
          <tr key={d.id}>
            <td>{d.labels.name ?? d.id}</td>
            <td>{d.type}</td>
            <td className="mono">{d.id}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
