import { isObj } from '../dt/read'

/** What dt-live's own server tells the page at start-up (server/app-server.ts ClientConfig). */
export interface ClientConfig {
  projectId: string
  apiBaseUrl: string
  tokenUrl: string
  tokenProxyUrl: string
  source: 'emulator' | 'remote' | 'static'
  upstreamApiUrl: string
  upstreamTokenUrl: string
}

/** Without dt-live's server: DT's cloud directly, an in-browser service account, nothing preset. */
export const STATIC_HOST_CONFIG: ClientConfig = {
  projectId: '',
  apiBaseUrl: 'https://api.disruptive-technologies.com/v2',
  tokenUrl: '',
  tokenProxyUrl: 'https://identity.disruptive-technologies.com/oauth2/token',
  source: 'static',
  upstreamApiUrl: 'https://api.disruptive-technologies.com/v2',
  upstreamTokenUrl: 'https://identity.disruptive-technologies.com/oauth2/token',
}

/** Loads /app-config.json; a static host without dt-live's server gets an explicit error. */
export async function loadClientConfig(fetchFn: typeof fetch = fetch): Promise<ClientConfig> {
  let response: Response
  try {
    response = await fetchFn('/app-config.json', { cache: 'no-store' })
  } catch (e) {
    throw new Error(`dt-live's server is unreachable (${e instanceof Error ? e.message : 'network error'})`, { cause: e })
  }
  const body: unknown = await response.json().catch(() => undefined)
  // A plain static host has no dt-live server: the user connects straight to DT from the browser.
  if (response.status === 404 || (response.ok && !isObj(body))) return STATIC_HOST_CONFIG
  if (!response.ok || !isObj(body) || typeof body.projectId !== 'string' || typeof body.apiBaseUrl !== 'string') {
    throw new Error(`dt-live's server sent no usable /app-config.json (HTTP ${response.status})`)
  }
  return {
    projectId: body.projectId,
    apiBaseUrl: body.apiBaseUrl,
    tokenUrl: typeof body.tokenUrl === 'string' ? body.tokenUrl : '/auth/token',
    tokenProxyUrl: typeof body.tokenProxyUrl === 'string' ? body.tokenProxyUrl : '/api/oauth2/token',
    source: body.source === 'remote' ? 'remote' : 'emulator',
    upstreamApiUrl: typeof body.upstreamApiUrl === 'string' ? body.upstreamApiUrl : '',
    upstreamTokenUrl: typeof body.upstreamTokenUrl === 'string' ? body.upstreamTokenUrl : '',
  }
}
