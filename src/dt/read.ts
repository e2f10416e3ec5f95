/**
 * Small readers for untrusted JSON. They throw DecodeFailure with a path, which the public
 * decoders catch and turn into error values; nothing outside src/dt sees the throw.
 */

export type Obj = Record<string, unknown>

export class DecodeFailure extends Error {
  constructor(path: string, problem: string) {
    super(`${path}: ${problem}`)
  }
}

export function isObj(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`
  if (typeof value === 'object') return 'an object'
  return `${typeof value} ${String(value)}`
}

export function obj(value: unknown, path: string): Obj {
  if (!isObj(value)) throw new DecodeFailure(path, `expected an object, got ${describe(value)}`)
  return value
}

export function str(o: Obj, key: string, path: string): string {
  const v = o[key]
  if (typeof v !== 'string') throw new DecodeFailure(`${path}.${key}`, `expected a string, got ${describe(v)}`)
  return v
}

export function optStr(o: Obj, key: string, path: string): string | undefined {
  return o[key] === undefined || o[key] === null ? undefined : str(o, key, path)
}

export function num(o: Obj, key: string, path: string): number {
  const v = o[key]
  if (typeof v !== 'number' || !Number.isFinite(v)) {
    throw new DecodeFailure(`${path}.${key}`, `expected a number, got ${describe(v)}`)
  }
  return v
}

export function optNum(o: Obj, key: string, path: string): number | undefined {
  return o[key] === undefined || o[key] === null ? undefined : num(o, key, path)
}

export function optBool(o: Obj, key: string, path: string): boolean | undefined {
  const v = o[key]
  if (v === undefined || v === null) return undefined
  if (typeof v !== 'boolean') throw new DecodeFailure(`${path}.${key}`, `expected a boolean, got ${describe(v)}`)
  return v
}

export function oneOf<T extends string>(o: Obj, key: string, values: readonly T[], path: string): T {
  const v = str(o, key, path)
  if (!(values as readonly string[]).includes(v)) {
    throw new DecodeFailure(`${path}.${key}`, `expected one of ${values.join(', ')}, got "${v}"`)
  }
  return v as T
}

export function arr(o: Obj, key: string, path: string): unknown[] {
  const v = o[key]
  if (!Array.isArray(v)) throw new DecodeFailure(`${path}.${key}`, `expected an array, got ${describe(v)}`)
  return v
}

/** A missing or null list reads as empty: DT omits empty lists in places. */
export function optArr<T>(o: Obj, key: string, path: string, item: (v: unknown, p: string) => T): T[] {
  const v = o[key]
  if (v === undefined || v === null) return []
  return arr(o, key, path).map((x, i) => item(x, `${path}.${key}[${i}]`))
}

/** RFC 3339 timestamp kept as sent; whole seconds and microseconds both parse. */
export function time(o: Obj, key: string, path: string): string {
  const v = str(o, key, path)
  if (Number.isNaN(Date.parse(v))) throw new DecodeFailure(`${path}.${key}`, `expected an RFC 3339 time, got "${v}"`)
  return v
}

export function optTime(o: Obj, key: string, path: string): string | undefined {
  return o[key] === undefined || o[key] === null ? undefined : time(o, key, path)
}

/** A string→string map; non-string values are stringified rather than rejected. */
export function stringMap(value: unknown, path: string): Record<string, string> {
  if (value === undefined || value === null) return {}
  const o = obj(value, path)
  const out: Record<string, string> = {}
  for (const [k, v] of Object.entries(o)) out[k] = typeof v === 'string' ? v : v === null ? '' : String(v)
  return out
}

/** Runs a throwing reader and returns a result value. */
export function attempt<T>(read: () => T): { ok: true; value: T } | { ok: false; error: string } {
  try {
    return { ok: true, value: read() }
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) }
  }
}
