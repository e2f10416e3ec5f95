import './card.css'

/** A card-shaped placeholder of the same height, shown while the device list loads. */
export function CardSkeleton() {
  return (
    <div className="device-card card-skeleton" aria-hidden="true">
      <span className="bone" style={{ width: '60%', height: 16 }} />
      <span className="bone" style={{ width: '45%', height: 32 }} />
      <span className="bone" style={{ width: '35%', height: 12 }} />
      <span className="bone" style={{ height: '100%' }} />
      <span className="bone" style={{ width: '40%', height: 12 }} />
    </div>
  )
}
