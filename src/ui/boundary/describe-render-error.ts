/** A render error in words for the fallback panel. */
export interface RenderErrorText {
  summary: string
  /** Set when the error has a known cause the user can act on. */
  advice?: string
  /** True when `summary` is the error's own message (shown as code), not our explanation. */
  raw: boolean
}

// Chrome, Firefox and Safari word a failed dynamic import differently.
const CHUNK_LOAD = /dynamically imported module|importing a module script failed|error loading dynamically imported module|loading chunk/i

export function describeRenderError(error: unknown): RenderErrorText {
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : 'unknown error'
  if (CHUNK_LOAD.test(message)) {
    return {
      summary: 'Part of the app could not be downloaded from the server.',
      advice: 'The server may be unreachable, or dt-live was updated since this page was opened: try again, or reload the page.',
      raw: false,
    }
  }
  return { summary: message || 'unknown error', raw: true }
}
