import type { DtEvent } from '../dt'
import { mergeHistory, PREFILL_RATE_BUDGET, rateDelay, type PrefillItem, type PrefillPlan, type RateBudget } from './history-prefill'
import type { HistoryProgress } from './store-state'

/** One page of a device's event history, as the app's REST client returns it. */
export interface HistoryPage {
  readonly events: readonly DtEvent[]
  /** "" on the last page. */
  readonly nextPageToken: string
}

/** Thrown by `fetchPage` on HTTP 429 to wait and try the same page again. */
export class RetryLater extends Error {
  constructor(readonly afterMs: number) {
    super(`rate limited; retry in ${afterMs} ms`)
    this.name = 'RetryLater'
  }
}

/** The plan, the app's page fetcher and the pacing of runPrefill. */
export interface PrefillRunnerOptions {
  plan: PrefillPlan
  /** Fetches one page; the app wires its REST client here (this module never fetches). */
  fetchPage: (item: PrefillItem, range: { startTime: number; endTime: number }, pageToken?: string) => Promise<HistoryPage>
  applyBatch: (events: readonly DtEvent[], origin: 'history') => void
  /** Devices fetched at once (default 4). */
  concurrency?: number
  budget?: RateBudget
  /** Pages per device at most (default 5; an hour rarely needs more than one). */
  maxPagesPerDevice?: number
  now?: () => number
  sleep?: (ms: number) => Promise<void>
  signal?: AbortSignal
  onProgress?: (progress: HistoryProgress) => void
}

const MAX_RETRIES = 3

/**
 * Runs a prefill plan within the rate budget, a few devices at a time, applying each device's
 * history in one batch as soon as it is complete, so the first cards fill first. A failing
 * device is counted and skipped; abort stops after the requests in flight.
 */
export async function runPrefill(options: PrefillRunnerOptions): Promise<HistoryProgress> {
  const { plan, signal } = options
  const now = options.now ?? (() => Date.now())
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)))
  const budget = options.budget ?? PREFILL_RATE_BUDGET
  const maxPages = options.maxPagesPerDevice ?? 5
  const range = { startTime: plan.startTime, endTime: plan.endTime }
  const sent: number[] = []
  const total = plan.items.length
  let next = 0
  let done = 0
  let failed = 0
  const report = (status: HistoryProgress['status']) => options.onProgress?.({ status, done, total, failed })

  async function takeSlot(): Promise<void> {
    for (;;) {
      const wait = rateDelay(sent, now(), budget)
      if (wait <= 0) break
      await sleep(wait)
    }
    sent.push(now())
    if (sent.length > budget.requests * 4) sent.splice(0, sent.length - budget.requests)
  }

  async function fetchDevice(item: PrefillItem): Promise<void> {
    const pages: DtEvent[][] = []
    let token: string | undefined
    let retries = 0
    while (pages.length < maxPages && !signal?.aborted) {
      await takeSlot()
      try {
        const page = await options.fetchPage(item, range, token)
        pages.push([...page.events])
        token = page.nextPageToken || undefined
        if (!token) break
      } catch (e) {
        if (!(e instanceof RetryLater) || ++retries > MAX_RETRIES) throw e
        await sleep(e.afterMs)
      }
    }
    if (!signal?.aborted) mergeHistory(options.applyBatch, pages)
  }

  async function worker(): Promise<void> {
    while (next < total && !signal?.aborted) {
      const item = plan.items[next++] as PrefillItem
      try {
        await fetchDevice(item)
      } catch {
        failed++
      }
      done++
      report('loading')
    }
  }

  report('loading')
  const workers = Math.max(1, Math.min(options.concurrency ?? 4, total))
  await Promise.all(Array.from({ length: workers }, worker))
  const status = signal?.aborted ? 'idle' : failed && failed === total ? 'error' : 'ready'
  const result: HistoryProgress = { status, done, total, failed }
  options.onProgress?.(result)
  return result
}
