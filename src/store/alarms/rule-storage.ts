import type { AlarmRule } from './alarm-types'
import { parseRule } from './rule-parse'

/** Where rules are kept: `localStorage` in the browser, a fake in tests. */
export type RuleStorage = Pick<Storage, 'getItem' | 'setItem'>

/** Key of the stored rules. */
export const ALARM_RULES_KEY = 'dt-live:alarm-rules'
/** Stored text that could not be read is copied here before anything overwrites it. */
export const UNREADABLE_SUFFIX = ':unreadable'

/** What is stored: the rules and the "notify me" choice. */
export interface StoredAlarms {
  readonly rules: readonly AlarmRule[]
  readonly notify: boolean
}

/** Stored alarms and one readable line per problem met reading them. */
export interface LoadedAlarms extends StoredAlarms {
  readonly problems: readonly string[]
}

const NONE: LoadedAlarms = { rules: [], notify: false, problems: [] }

function keepUnreadable(storage: RuleStorage, key: string, raw: string): void {
  try {
    storage.setItem(key + UNREADABLE_SUFFIX, raw)
  } catch {
    // Quota or privacy mode: the problem is still reported.
  }
}

/**
 * Reads and validates stored rules. Bad JSON or a bad rule is reported, skipped and copied aside
 * (`…:unreadable`) so the next save does not destroy what the user may want to repair.
 */
export function loadAlarms(storage: RuleStorage | null | undefined, key = ALARM_RULES_KEY): LoadedAlarms {
  let raw: string | null
  try {
    raw = storage?.getItem(key) ?? null
  } catch {
    return { ...NONE, problems: ['Alarm rules could not be read from this browser’s storage.'] }
  }
  if (!storage || raw === null) return NONE
  let parsed: unknown
  try {
    parsed = JSON.parse(raw)
  } catch {
    keepUnreadable(storage, key, raw)
    return { ...NONE, problems: ['Stored alarm rules are not valid JSON; they were set aside and no rules were loaded.'] }
  }
  const body = parsed as { rules?: unknown; notify?: unknown } | null
  if (!body || typeof body !== 'object' || !Array.isArray(body.rules)) {
    keepUnreadable(storage, key, raw)
    return { ...NONE, problems: ['Stored alarm rules have an unknown format; they were set aside and no rules were loaded.'] }
  }
  const rules: AlarmRule[] = []
  const problems: string[] = []
  const ids = new Set<string>()
  body.rules.forEach((item: unknown, i) => {
    const r = parseRule(item)
    const name = (item as { name?: unknown } | null)?.name
    const label = `Rule ${i + 1}${typeof name === 'string' && name ? ` (“${name.slice(0, 80)}”)` : ''}`
    if (!r.ok) problems.push(`${label} was skipped: ${r.error}.`)
    else if (ids.has(r.value.id)) problems.push(`${label} was skipped: its id is used twice.`)
    else {
      ids.add(r.value.id)
      rules.push(r.value)
    }
  })
  if (problems.length) keepUnreadable(storage, key, raw)
  return { rules, notify: body.notify === true, problems }
}

/** Writes rules and the notify choice; false when storage refused (quota, privacy mode). */
export function saveAlarms(storage: RuleStorage | null | undefined, value: StoredAlarms, key = ALARM_RULES_KEY): boolean {
  if (!storage) return false
  try {
    storage.setItem(key, JSON.stringify({ version: 1, rules: value.rules, notify: value.notify }))
    return true
  } catch {
    return false
  }
}
