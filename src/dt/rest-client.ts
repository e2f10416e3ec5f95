import { decodeDevice, decodeDevicesPage, decodeEventsPage, decodeProject, decodeProjectsPage, decodeRestError, type DecodedPage } from './decode-resources'
import type { DtEvent, EventType } from './event-types'
import type { Device, Project, RestError } from './resources'
import type { Result } from './result'

/** Supplies the `Authorization` header value; `fresh` asks for a new token after a 401. */
export type AuthorizationProvider = (fresh: boolean) => Promise<string>

export interface DtRestClientOptions {
  /** API base including `/v2`, e.g. `https://api.disruptive-technologies.com/v2` or `/api/v2`. */
  baseUrl: string
  authorization: AuthorizationProvider
  fetch?: typeof fetch
}

export interface DeviceQuery {
  deviceIds?: string[]
  deviceTypes?: string[]
  labelFilters?: string[]
  query?: string
  pageSize?: number
  pageToken?: string
}

export interface EventQuery {
  eventTypes?: EventType[]
  /** Epoch ms. */
  startTime?: number
  endTime?: number
  pageSize?: number
  pageToken?: string
}

export type RestResult<T> = Result<T, RestError>

/** Builds a query string with lists as repeated keys, as DT's clients send them. */
export function buildQuery(params: Record<string, string | number | readonly string[] | undefined>): string {
  const q = new URLSearchParams()
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined) continue
    if (Array.isArray(value)) for (const v of value) q.append(key, v)
    else q.append(key, String(value))
  }
  const s = q.toString()
  return s ? `?${s}` : ''
}

/**
 * A small client for DT's REST API. Every call resolves to a result value; a 401 gets one retry
 * with a fresh token, and a network failure reads as status 0.
 */
export function createDtRestClient(options: DtRestClientOptions) {
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init))
  const base = options.baseUrl.replace(/\/+$/, '')

  async function getJson(path: string, signal?: AbortSignal): Promise<RestResult<unknown>> {
    for (let attempt = 0; attempt < 2; attempt++) {
      let response: Response
      try {
        const authorization = await options.authorization(attempt > 0)
        response = await doFetch(`${base}${path}`, {
          headers: { Authorization: authorization, Accept: 'application/json' },
          // Live data: never from the browser's cache, and no cache entry shared between calls.
          cache: 'no-store',
          ...(signal ? { signal } : {}),
        })
      } catch (e) {
        if (signal?.aborted) return { ok: false, error: { status: 0, message: 'aborted' } }
        return { ok: false, error: { status: 0, message: e instanceof Error ? e.message : 'network error' } }
      }
      const text = await response.text().catch(() => '')
      let body: unknown = text
      try {
        body = text ? JSON.parse(text) : null
      } catch {
        // keep the text: proxies answer errors in HTML or plain text
      }
      if (response.ok) return { ok: true, value: body }
      if (response.status === 401 && attempt === 0) continue
      return { ok: false, error: decodeRestError(response.status, body) }
    }
    return { ok: false, error: { status: 401, message: 'unauthorized' } }
  }

  async function getDecoded<T>(path: string, decode: (v: unknown) => Result<T>, signal?: AbortSignal): Promise<RestResult<T>> {
    const r = await getJson(path, signal)
    if (!r.ok) return r
    const d = decode(r.value)
    return d.ok ? d : { ok: false, error: { status: 200, message: `unexpected response: ${d.error}` } }
  }

  const projectPath = (projectId: string) => `/projects/${encodeURIComponent(projectId)}`

  return {
    listProjects: (q: { pageToken?: string; pageSize?: number } = {}, signal?: AbortSignal): Promise<RestResult<DecodedPage<Project>>> =>
      getDecoded(`/projects${buildQuery({ page_size: q.pageSize, page_token: q.pageToken })}`, decodeProjectsPage, signal),

    getProject: (projectId: string, signal?: AbortSignal): Promise<RestResult<Project>> =>
      getDecoded(projectPath(projectId), decodeProject, signal),

    getDevice: (projectId: string, deviceId: string, signal?: AbortSignal): Promise<RestResult<Device>> =>
      getDecoded(`${projectPath(projectId)}/devices/${encodeURIComponent(deviceId)}`, decodeDevice, signal),

    listDevicesPage: (projectId: string, q: DeviceQuery = {}, signal?: AbortSignal): Promise<RestResult<DecodedPage<Device>>> =>
      getDecoded(
        `${projectPath(projectId)}/devices${buildQuery({
          device_ids: q.deviceIds,
          device_types: q.deviceTypes,
          label_filters: q.labelFilters,
          query: q.query,
          page_size: q.pageSize,
          page_token: q.pageToken,
        })}`,
        decodeDevicesPage,
        signal,
      ),

    listEventsPage: (projectId: string, deviceId: string, q: EventQuery = {}, signal?: AbortSignal): Promise<RestResult<DecodedPage<DtEvent>>> =>
      getDecoded(
        `${projectPath(projectId)}/devices/${encodeURIComponent(deviceId)}/events${buildQuery({
          event_types: q.eventTypes,
          start_time: q.startTime === undefined ? undefined : new Date(q.startTime).toISOString(),
          end_time: q.endTime === undefined ? undefined : new Date(q.endTime).toISOString(),
          page_size: q.pageSize,
          page_token: q.pageToken,
        })}`,
        decodeEventsPage,
        signal,
      ),
  }
}

export type DtRestClient = ReturnType<typeof createDtRestClient>
