import type { IncomingMessage, ServerResponse } from 'node:http'
import { HttpError, readBody, sendJson } from './http-io'
import { verifyAssertion } from './jwt-assertion'
import type { ServiceAccount } from './options'
import type { TokenStore } from './tokens'

const JWT_BEARER = 'urn:ietf:params:oauth:grant-type:jwt-bearer'

export interface TokenEndpointDeps {
  account: ServiceAccount
  tokens: TokenStore
  lifetimeS: () => number
  now: () => number
}

function oauthError(res: ServerResponse, error: string, description: string): void {
  sendJson(res, 400, { error, error_description: description })
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const text = await readBody(req)
  if ((req.headers['content-type'] ?? '').includes('application/json')) {
    let o: unknown
    try {
      o = JSON.parse(text)
    } catch {
      throw new HttpError(400, 'request body is not valid JSON')
    }
    if (typeof o !== 'object' || o === null || Array.isArray(o)) throw new HttpError(400, 'request body must be a form or a JSON object')
    return new URLSearchParams(Object.entries(o).map(([k, v]) => [k, String(v)]))
  }
  return new URLSearchParams(text)
}

/** `POST /oauth2/token`, the JWT-bearer grant (RFC 7523), with RFC 6749 error bodies. */
export async function handleTokenRequest(req: IncomingMessage, res: ServerResponse, url: URL, deps: TokenEndpointDeps): Promise<void> {
  if (req.method !== 'POST') {
    sendJson(res, 405, { error: 'invalid_request', error_description: 'use POST' }, { Allow: 'POST, OPTIONS' })
    return
  }
  const form = await readForm(req)
  const inQuery = url.searchParams.has('grant_type') || url.searchParams.has('assertion')
  const hint = inQuery ? ' (send it in the form body; query parameters are not supported)' : ''
  const grantType = form.get('grant_type')
  if (!grantType) return oauthError(res, 'invalid_request', `grant_type is missing${hint}`)
  if (grantType !== JWT_BEARER) return oauthError(res, 'unsupported_grant_type', `grant_type must be ${JWT_BEARER}, got "${grantType}"`)
  const assertion = form.get('assertion')
  if (!assertion) return oauthError(res, 'invalid_request', `assertion is missing${hint}`)

  const result = await verifyAssertion(assertion, deps.account, deps.now())
  if (!result.ok) return oauthError(res, result.error, result.description)
  const lifetime = deps.lifetimeS()
  sendJson(res, 200, { access_token: deps.tokens.issue(lifetime), token_type: 'bearer', expires_in: lifetime })
}
