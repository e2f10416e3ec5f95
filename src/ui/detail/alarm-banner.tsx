/** Props of {@link AlarmBanner}. */
export interface AlarmBannerProps {
  severity: 'alarm' | 'warning'
  /** "Firing" / "Pending" */
  label: string
  text: string
  /** "since 12:04:31", "for 12 s of 60 s" */
  detail: string
  onAcknowledge?: () => void
}

/** The device's worst alarm at the top of the detail view, with acknowledge when it is due. */
export function AlarmBanner({ severity, label, text, detail, onAcknowledge }: AlarmBannerProps) {
  return (
    <div className="detail-banner" data-severity={severity} role="status">
      <strong>{label}</strong>
      <p>
        {text} <span className="muted num">{detail}</span>
      </p>
      {onAcknowledge && (
        <button type="button" className="button small" onClick={onAcknowledge}>
          Acknowledge
        </button>
      )}
    </div>
  )
}
