import type { EmulatorOptions } from './options'

/**
 * The project and service account from DT_* variables, as DT's Python client names them. All four
 * must be set; otherwise the demo credentials apply and this returns nothing.
 */
export function emulatorOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): Pick<EmulatorOptions, 'projectId' | 'serviceAccount'> {
  const projectId = env.DT_PROJECT_ID?.trim()
  const keyId = env.DT_SERVICE_ACCOUNT_KEY_ID?.trim()
  const secret = env.DT_SERVICE_ACCOUNT_SECRET
  const email = env.DT_SERVICE_ACCOUNT_EMAIL?.trim()
  if (!projectId || !keyId || !secret || !email) return {}
  return { projectId, serviceAccount: { keyId, secret, email } }
}
