import { filtersFromSearchParams, filtersToQueryString, type Filters, type ParsedFilters } from '../../store'

/** The parts of `window.location` the filters touch. */
export interface UrlParts {
  readonly pathname: string
  readonly search: string
  readonly hash: string
}

/** Filters from a location's query string; unknown values are dropped and reported. */
export function readUrlFilters(location: Pick<UrlParts, 'search'>): ParsedFilters {
  return filtersFromSearchParams(location.search)
}

/**
 * The URL for `filters` at `location`: the filter parameters replaced, every other parameter
 * (`?device=` from the detail view, anything we do not know) and the hash kept as they were.
 */
export function urlWithFilters(filters: Filters, location: UrlParts): string {
  return `${location.pathname}${filtersToQueryString(filters, new URLSearchParams(location.search))}${location.hash}`
}
