/** What the browser tab says, so a background tab still tells alarms and a broken stream apart from calm. */
export interface PageTitleInput {
  project: string
  /** The header's connection label ("Live", "Reconnecting in 4 s (attempt 2 of 5)", "Offline", …). */
  connection: string
  /** Firing alarms nobody has acknowledged yet. */
  unacknowledged: number
}

/** The connection in a word or two; null when live (the calm case says nothing). */
function connectionWord(label: string): string | null {
  if (label === 'Live') return null
  // The countdown ticks every second; the tab only needs to say what is happening.
  if (label.startsWith('Reconnecting')) return 'Reconnecting'
  if (label.startsWith('Connect')) return 'Connecting'
  return label
}

/** "(2) Offline · Demo facility — dt-live": alarm count first, as mail and chat tabs do. */
export function pageTitle({ project, connection, unacknowledged }: PageTitleInput): string {
  const parts = [connectionWord(connection), project].filter((p): p is string => Boolean(p))
  const count = unacknowledged > 0 ? `(${unacknowledged}) ` : ''
  return `${count}${parts.join(' · ')} — dt-live`
}
