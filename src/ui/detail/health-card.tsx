import { formatAge } from '../format-age'

/** One cloud connector that hears the device. */
export interface ConnectorView {
  readonly id: string
  readonly name: string
  readonly signalStrength: number | null
  readonly rssi: number | null
  readonly time: number
  readonly strongest: boolean
}

/** Props of {@link HealthCard}. */
export interface HealthCardProps {
  battery: number | null
  lastSeen: number | null
  connectors: readonly ConnectorView[]
  now: number
  /** A cloud connector has no battery and no radio link of its own: only "last seen" applies. */
  connector: boolean
}

function Battery({ percent }: { percent: number | null }) {
  if (percent === null) return <span className="muted">unknown</span>
  return (
    <>
      <span className="detail-battery" aria-hidden="true">
        <span style={{ width: `${Math.max(0, Math.min(100, percent))}%` }} data-low={percent <= 20 || undefined} />
      </span>
      {percent} %
    </>
  )
}

/** Battery, last seen, and signal per cloud connector (strongest first). */
export function HealthCard({ battery, lastSeen, connectors, now, connector }: HealthCardProps) {
  return (
    <section className="detail-card" aria-labelledby="facts-health">
      <h3 className="detail-card-title" id="facts-health">
        Health
      </h3>
      <dl className="detail-health">
        {!connector && (
          <div>
            <dt>Battery</dt>
            <dd className="num">
              <Battery percent={battery} />
            </dd>
          </div>
        )}
        <div>
          <dt>Last seen</dt>
          <dd className="num">{lastSeen === null ? <span className="muted">never</span> : `${formatAge(lastSeen, now)} ago`}</dd>
        </div>
      </dl>
      {!connector && (
        <table className="detail-table connectors">
          <caption>Signal per cloud connector</caption>
          <tbody>
            {connectors.map((c) => (
              <tr key={c.id || c.name}>
                <th scope="row">
                  {c.name}
                  {c.strongest && connectors.length > 1 && <span className="detail-tag">strongest</span>}
                </th>
                <td className="num">{c.signalStrength === null ? '—' : `${c.signalStrength} %`}</td>
                <td className="num muted">{c.rssi === null ? '' : `${c.rssi} dBm`}</td>
                <td className="num muted age">{formatAge(c.time, now)}</td>
              </tr>
            ))}
            {connectors.length === 0 && (
              <tr>
                <td className="muted">No signal reports yet.</td>
              </tr>
            )}
          </tbody>
        </table>
      )}
    </section>
  )
}
