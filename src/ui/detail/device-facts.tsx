import { eventColor, eventTypeName } from '../event-colors'
import { formatAge } from '../format-age'
import { HealthCard, type ConnectorView } from './health-card'

/** The latest value of one event type. */
export interface LatestValueView {
  readonly type: string
  readonly value: string
  readonly time: number
}

/** Props of {@link DeviceFacts}. */
export interface DeviceFactsProps {
  latest: readonly LatestValueView[]
  labels: Readonly<Record<string, string>>
  battery: number | null
  lastSeen: number | null
  connectors: readonly ConnectorView[]
  now: number
  /** A cloud connector has no battery and no radio link to a connector of its own. */
  connector?: boolean
}

/** Every event type with its latest value and age, the labels, and battery and signal per connector. */
export function DeviceFacts({ latest, labels, battery, lastSeen, connectors, now, connector = false }: DeviceFactsProps) {
  const labelEntries = Object.entries(labels).sort(([a], [b]) => a.localeCompare(b))
  return (
    <div className="detail-facts">
      <section className="detail-card" aria-labelledby="facts-latest">
        <h3 className="detail-card-title" id="facts-latest">
          Latest values
        </h3>
        <table className="detail-table">
          <tbody>
            {latest.map((row) => (
              <tr key={row.type} data-event-type={row.type}>
                <th scope="row">
                  <span className="detail-swatch" style={{ background: eventColor(row.type) }} aria-hidden="true" />
                  {eventTypeName(row.type)}
                </th>
                <td className="num">{row.value}</td>
                <td className="num muted age">{formatAge(row.time, now)}</td>
              </tr>
            ))}
            {latest.length === 0 && (
              <tr>
                <td className="muted">Nothing reported yet.</td>
              </tr>
            )}
          </tbody>
        </table>
      </section>
      <section className="detail-card" aria-labelledby="facts-labels">
        <h3 className="detail-card-title" id="facts-labels">
          Labels <span className="muted num">{labelEntries.length}</span>
        </h3>
        <dl className="detail-labels">
          {labelEntries.map(([k, v]) => (
            <div key={k}>
              <dt className="mono">{k}</dt>
              <dd>{v === '' ? <span className="muted">(no value)</span> : v}</dd>
            </div>
          ))}
        </dl>
        {labelEntries.length === 0 && <p className="muted">No labels.</p>}
      </section>
      <HealthCard battery={battery} lastSeen={lastSeen} connectors={connectors} now={now} connector={connector} />
    </div>
  )
}
