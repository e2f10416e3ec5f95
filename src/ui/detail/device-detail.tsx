import { useEffect, useId, useRef, type ReactNode } from 'react'
import './detail.css'

/** Props of {@link DeviceDetail}: header content, body, and close handling. */
export interface DeviceDetailProps {
  title: string
  /** Small line under the title: device type, id. */
  meta: ReactNode
  description?: string
  /** Range picker, export and the like, beside the close button. */
  toolbar?: ReactNode
  /** Alarm state of the device, shown above everything else. */
  banner?: ReactNode
  children: ReactNode
  onClose: () => void
  /** Where focus goes on close when the element that opened the view is gone (a re-rendered card). */
  fallbackFocus?: () => HTMLElement | null
}

/**
 * The device detail as a large modal sheet (a native <dialog>: the page behind is inert, focus
 * stays inside). Focus moves to the title on open and back to the opener on close; Esc, the close
 * button and a click on the backdrop all call `onClose`, which the container turns into Back.
 */
export function DeviceDetail({ title, meta, description, toolbar, banner, children, onClose, fallbackFocus }: DeviceDetailProps) {
  const dialog = useRef<HTMLDialogElement>(null)
  const heading = useRef<HTMLHeadingElement>(null)
  const titleId = useId()
  const close = useRef(onClose)
  const fallback = useRef(fallbackFocus)
  useEffect(() => {
    close.current = onClose
    fallback.current = fallbackFocus
  })

  useEffect(() => {
    const el = dialog.current
    if (!el) return
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null
    // jsdom has no showModal; the open attribute still shows the content there.
    if (typeof el.showModal === 'function' && !el.open) el.showModal()
    else el.setAttribute('open', '')
    heading.current?.focus()
    const onCancel = (e: Event) => {
      e.preventDefault()
      close.current()
    }
    // Chrome closes a dialog on a repeated Esc even when cancel is prevented; follow it.
    const onNativeClose = () => close.current()
    el.addEventListener('cancel', onCancel)
    el.addEventListener('close', onNativeClose)
    return () => {
      el.removeEventListener('cancel', onCancel)
      el.removeEventListener('close', onNativeClose)
      if (el.open && typeof el.close === 'function') el.close()
      const back = opener && opener !== document.body && opener.isConnected ? opener : fallback.current?.()
      back?.focus()
    }
  }, [])

  return (
    <dialog ref={dialog} className="detail-dialog" aria-labelledby={titleId} onClick={(e) => e.target === e.currentTarget && onClose()}>
      <div className="detail">
        <header className="detail-header">
          <div className="detail-heading">
            <h2 id={titleId} ref={heading} tabIndex={-1}>
              {title}
            </h2>
            <div className="detail-meta">{meta}</div>
            {description && <p className="detail-description">{description}</p>}
          </div>
          <div className="detail-toolbar">{toolbar}</div>
          <button type="button" className="button detail-close" onClick={onClose} aria-label="Close device detail" title="Close (Esc)">
            <span aria-hidden="true">✕</span>
          </button>
        </header>
        <div className="detail-body">
          {banner}
          {children}
        </div>
      </div>
    </dialog>
  )
}
