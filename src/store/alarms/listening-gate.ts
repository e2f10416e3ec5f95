/**
 * Whether dt-live is listening to the stream, and from when a device's silence means something.
 * While the stream is not live, silence is our own outage, not the devices'. The first live period
 * trusts last-seen times as they are (the device list reports them as of now). After an outage
 * the stream does not bring back what was missed (gap fill covers only the devices on screen), so
 * silence counts from the moment the stream came back.
 */
export interface ListeningGate {
  /** Records the stream's state at `now`. */
  setLive(live: boolean, now: number): void
  /** From when silence counts (-Infinity: the last-seen times as they are), or null while not live. */
  since(): number | null
  /** A new device list (another project) is the truth again: the next live period counts as the first. */
  reset(): void
}

/** A gate that is closed until the stream is first live. */
export function createListeningGate(): ListeningGate {
  let live = false
  let wasLive = false
  let since: number | null = null
  return {
    setLive(next, now) {
      if (next === live) return
      live = next
      since = next ? (wasLive ? now : -Infinity) : null
      wasLive ||= next
    },
    since: () => since,
    reset() {
      wasLive = live
      if (live) since = -Infinity
    },
  }
}
