import { DETAIL_RANGE_IDS, isDetailRange, type DetailRange } from '../../ui/detail/detail-ranges'

/** Query parameter holding the open device. */
export const DEVICE_PARAM = 'device'
/** Query parameter holding the detail range (absent: live). */
export const RANGE_PARAM = 'range'
/** Query parameter holding the devices compared with the open one, comma-separated. */
export const COMPARE_PARAM = 'compare'
/** More lines than this on one chart stop being readable. */
export const MAX_COMPARED = 4

/** What the URL says about the detail view. */
export interface DetailParams {
  readonly deviceId: string | null
  readonly range: DetailRange
  /** Other devices drawn on the device's temperature chart, in the order they were added. */
  readonly compare: readonly string[]
}

/**
 * The devices to compare with `deviceId`: trimmed, without blanks, repeats or the device itself,
 * at most {@link MAX_COMPARED}.
 */
export function cleanCompare(ids: readonly string[], deviceId: string | null): string[] {
  const out: string[] = []
  for (const raw of ids) {
    const id = raw.trim()
    if (id && id !== deviceId && !out.includes(id) && out.length < MAX_COMPARED) out.push(id)
  }
  return out
}

/** Reads `?device=<id>&range=6h&compare=a,b`; an unknown range reads as live, an empty id as closed. */
export function readDetailParams(search: string): DetailParams {
  const params = new URLSearchParams(search)
  const deviceId = params.get(DEVICE_PARAM)?.trim() || null
  const range = params.get(RANGE_PARAM)
  const compare = deviceId ? cleanCompare((params.get(COMPARE_PARAM) ?? '').split(','), deviceId) : []
  return { deviceId, range: deviceId && isDetailRange(range) ? range : 'live', compare }
}

/**
 * The query string with the detail parameters set (or removed when `deviceId` is null), every other
 * parameter (filters) kept in place. Returns "" or "?…".
 */
export function withDetailParams(search: string, deviceId: string | null, range: DetailRange = 'live', compare: readonly string[] = []): string {
  const params = new URLSearchParams(search)
  params.delete(DEVICE_PARAM)
  params.delete(RANGE_PARAM)
  params.delete(COMPARE_PARAM)
  if (deviceId) {
    params.set(DEVICE_PARAM, deviceId)
    if (range !== DETAIL_RANGE_IDS[0]) params.set(RANGE_PARAM, range)
    const others = cleanCompare(compare, deviceId)
    if (others.length) params.set(COMPARE_PARAM, others.join(','))
  }
  // Filters keep their readable commas (?types=temperature,contact), as the filter bar writes them.
  const s = params.toString().replace(/%2C/gi, ',')
  return s ? `?${s}` : ''
}
