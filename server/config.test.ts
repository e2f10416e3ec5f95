import { describe, expect, it } from 'vitest'
import { DT_CLOUD_API_URL, DT_CLOUD_TOKEN_URL, readServerConfig } from './config'

const creds = {
  DT_PROJECT_ID: 'p1',
  DT_SERVICE_ACCOUNT_KEY_ID: 'k1',
  DT_SERVICE_ACCOUNT_SECRET: 's1',
  DT_SERVICE_ACCOUNT_EMAIL: 'a@p1.serviceaccount.d21s.com',
}

describe('readServerConfig', () => {
  it('runs the built-in emulator on port 8080 when no credentials are set', () => {
    const r = readServerConfig({}, { staticDir: 'dist' })
    expect(r.problems).toEqual([])
    expect(r.config).toMatchObject({ mode: 'emulator', port: 8080, host: '127.0.0.1' })
  })

  it("talks to DT's cloud when all four credentials are set", () => {
    const r = readServerConfig(creds, { staticDir: 'dist' })
    expect(r.problems).toEqual([])
    expect(r.config).toMatchObject({ mode: 'remote', apiUrl: DT_CLOUD_API_URL, tokenUrl: DT_CLOUD_TOKEN_URL, projectId: 'p1' })
  })

  it('points at any DT-compatible server, dropping a trailing slash', () => {
    const r = readServerConfig({ ...creds, DT_API_URL: 'http://127.0.0.1:8787/v2/', DT_TOKEN_URL: 'http://127.0.0.1:8787/oauth2/token' }, { staticDir: 'dist' })
    expect(r.config.apiUrl).toBe('http://127.0.0.1:8787/v2')
  })

  it('names each missing credential instead of falling back silently', () => {
    const { DT_SERVICE_ACCOUNT_SECRET: _s, ...partial } = creds
    expect(readServerConfig(partial, { staticDir: 'dist' }).problems).toEqual([
      'incomplete DT credentials: DT_SERVICE_ACCOUNT_SECRET is missing (set all four, or none to use the built-in emulator)',
    ])
  })

  it('reports bad ports, URLs and seeds, and warns about unknown DT_ variables', () => {
    const r = readServerConfig({ ...creds, PORT: '80a', DT_API_URL: 'api.example.com', DT_EMULATOR_SEED: 'x', DT_PROJCET: 'typo' }, { staticDir: 'dist' })
    expect(r.problems).toEqual([
      'PORT must be a port number between 0 and 65535, got "80a"',
      'DT_EMULATOR_SEED must be an integer, got "x"',
      'DT_API_URL must be an http:// or https:// URL, got "api.example.com"',
    ])
    expect(r.warnings).toEqual(['DT_PROJCET is not a setting dt-live knows; is it a typo?'])
  })

  it('refuses an API URL without credentials', () => {
    expect(readServerConfig({ DT_API_URL: 'http://x/v2' }, { staticDir: 'dist' }).problems[0]).toMatch(/no credentials/)
  })
})
