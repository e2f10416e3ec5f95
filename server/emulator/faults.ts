/** A canned answer for the next stream requests (POST /control/respond). */
export interface PendingResponse {
  status: number
  remaining: number
  retryAfter?: number
  message?: string
}

/** Fault state set through /control; the stall flag itself lives in the stream hub. */
export class FaultState {
  private pending: PendingResponse | undefined

  setResponse(r: PendingResponse): void {
    this.pending = r.remaining > 0 ? r : undefined
  }

  /** Takes one use of the pending canned response, if any. */
  takeResponse(): Omit<PendingResponse, 'remaining'> | undefined {
    const p = this.pending
    if (!p) return undefined
    p.remaining--
    if (p.remaining <= 0) this.pending = undefined
    const { remaining: _r, ...rest } = p
    return rest
  }

  get pendingResponses(): number {
    return this.pending?.remaining ?? 0
  }

  reset(): void {
    this.pending = undefined
  }
}
