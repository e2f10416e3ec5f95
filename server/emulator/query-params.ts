import { HttpError } from './http-io'

/** `device_ids` → `deviceIds`: gRPC-gateway accepts both spellings (README §3.1). */
function camel(snake: string): string {
  return snake.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase())
}

/** Every value of a list parameter under either spelling, repeated keys in order. */
export function listParam(q: URLSearchParams, snake: string): string[] {
  const camelName = camel(snake)
  const values = q.getAll(snake)
  if (camelName !== snake) values.push(...q.getAll(camelName))
  return values.filter((v) => v !== '')
}

/** One value under either spelling; snake_case wins when both are sent. */
export function oneParam(q: URLSearchParams, snake: string): string | undefined {
  const v = q.get(snake) ?? q.get(camel(snake))
  return v === null || v === '' ? undefined : v
}

/** An RFC 3339 time such as `2020-11-22T11:47:49Z` or with an offset and fractions. */
const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d{1,9})?([Zz]|[+-]\d{2}:\d{2})$/

export function timeParam(q: URLSearchParams, snake: string): number | undefined {
  const v = oneParam(q, snake)
  if (v === undefined) return undefined
  const t = RFC3339.test(v) ? Date.parse(v.replace(' ', 'T')) : NaN
  if (Number.isNaN(t)) throw new HttpError(400, `${snake} must be an RFC 3339 time such as 2025-03-11T09:15:47Z, got "${v}"`)
  return t
}
