/** The verdict on one settings field: an error blocks saving, a warning only informs. */
export type FieldCheck = { ok: true; warning?: string } | { ok: false; message: string }

const pass: FieldCheck = { ok: true }
const fail = (message: string): FieldCheck => ({ ok: false, message })

/** Key IDs are opaque ids such as `c0pppd1qdqebrvv1iqp0`. */
export function checkKeyId(value: string): FieldCheck {
  if (!value.trim()) return fail('Key ID is required')
  if (/\s/.test(value)) return fail('Key ID must not contain spaces')
  return pass
}

/** The secret is used byte for byte, so surrounding spaces are kept but flagged. */
export function checkSecret(value: string): FieldCheck {
  if (!value) return fail('Secret is required')
  if (value !== value.trim()) return { ok: true, warning: 'Secret starts or ends with a space; check what was pasted' }
  return pass
}

const DT_EMAIL = /^[^@\s]+@[^@\s]+\.serviceaccount\.d21s\.com$/i
const ANY_EMAIL = /^[^@\s]+@[^@\s]+$/

/** DT emails are `<sa>@<project>.serviceaccount.d21s.com`; other emails pass with a warning, since emulators differ. */
export function checkEmail(value: string): FieldCheck {
  if (!value.trim()) return fail('Email is required')
  if (DT_EMAIL.test(value)) return pass
  if (ANY_EMAIL.test(value)) {
    return { ok: true, warning: 'Not a DT service-account email (<account>@<project>.serviceaccount.d21s.com); fine for a self-hosted emulator' }
  }
  return fail('Email must look like <account>@<project>.serviceaccount.d21s.com')
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]'])

/** An absolute http(s) URL or a same-origin path starting with a single `/`. */
export function checkUrl(value: string, label: string): FieldCheck {
  if (!value.trim()) return fail(`${label} is required`)
  if (/\s/.test(value)) return fail(`${label} must not contain spaces`)
  // "//host/x" is protocol-relative: another origin, not a path on this site.
  if (value.startsWith('/') && !value.startsWith('//')) return pass
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return fail(`${label} must start with http://, https:// or /`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return fail(`${label} must start with http://, https:// or /`)
  // Credentials in a URL end up in logs and history; they belong in their own fields.
  if (url.username || url.password) return fail(`${label} must not contain a user name or password`)
  if (url.protocol === 'http:' && !LOCAL_HOSTS.has(url.hostname)) {
    return { ok: true, warning: `${label} uses http://: tokens would travel unencrypted` }
  }
  return pass
}

/** Checks the token endpoint URL. */
export const checkTokenUrl = (value: string): FieldCheck => checkUrl(value, 'Token URL')

/** Checks the REST API base URL. */
export const checkApiBaseUrl = (value: string): FieldCheck => checkUrl(value, 'API base URL')

/** Every field of an in-browser service account, checked at once; `ok` when none has an error. */
export function checkServiceAccount(input: { keyId: string; secret: string; email: string; tokenUrl: string }) {
  const fields = {
    keyId: checkKeyId(input.keyId),
    secret: checkSecret(input.secret),
    email: checkEmail(input.email),
    tokenUrl: checkTokenUrl(input.tokenUrl),
  }
  return { ok: Object.values(fields).every((f) => f.ok), fields }
}
