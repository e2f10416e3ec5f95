import { DETAIL_RANGE_IDS, isDetailRange, type DetailRange } from '../../ui/detail/detail-ranges'

/** Query parameter holding the open device. */
export const DEVICE_PARAM = 'device'
/** Query parameter holding the detail range (absent: live). */
export const RANGE_PARAM = 'range'

/** What the URL says about the detail view. */
export interface DetailParams {
  readonly deviceId: string | null
  readonly range: DetailRange
}

/** Reads `?device=<id>&range=6h`; an unknown range reads as live, an empty id as closed. */
export function readDetailParams(search: string): DetailParams {
  const params = new URLSearchParams(search)
  const deviceId = params.get(DEVICE_PARAM)?.trim() || null
  const range = params.get(RANGE_PARAM)
  return { deviceId, range: deviceId && isDetailRange(range) ? range : 'live' }
}

/**
 * The query string with the detail parameters set (or removed when `deviceId` is null), every other
 * parameter (filters) kept in place. Returns "" or "?…".
 */
export function withDetailParams(search: string, deviceId: string | null, range: DetailRange = 'live'): string {
  const params = new URLSearchParams(search)
  params.delete(DEVICE_PARAM)
  params.delete(RANGE_PARAM)
  if (deviceId) {
    params.set(DEVICE_PARAM, deviceId)
    if (range !== DETAIL_RANGE_IDS[0]) params.set(RANGE_PARAM, range)
  }
  // Filters keep their readable commas (?types=temperature,contact), as the filter bar writes them.
  const s = params.toString().replace(/%2C/gi, ',')
  return s ? `?${s}` : ''
}
