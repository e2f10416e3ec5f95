import type { APIRequestContext } from '@playwright/test'

/** The built-in emulator's fixed demo account (README, "The DT API emulator"). */
export const DEMO = {
  projectId: 'c0dtlivedem0pr0jectg',
  keyId: 'c0dtlive0demo0ke0000',
  secret: 'dt-live-demo-secret-not-for-production',
  email: 'dt-live-demo@c0dtlivedem0pr0jectg.serviceaccount.d21s.com',
}

export const demoBasicAuth = `Basic ${Buffer.from(`${DEMO.keyId}:${DEMO.secret}`).toString('base64')}`

interface WireDevice {
  name: string
  type: string
  labels: Record<string, string>
}

/** Lists every device straight from an emulator's REST API, following pages. */
export async function listDevices(request: APIRequestContext, apiBase: string, projectId = DEMO.projectId): Promise<WireDevice[]> {
  const out: WireDevice[] = []
  let token = ''
  do {
    const r = await request.get(`${apiBase}/projects/${projectId}/devices?page_size=100${token ? `&page_token=${token}` : ''}`, {
      headers: { Authorization: demoBasicAuth },
    })
    if (!r.ok()) throw new Error(`listing devices failed: ${r.status()} ${await r.text()}`)
    const body = (await r.json()) as { devices: WireDevice[]; nextPageToken: string }
    out.push(...body.devices)
    token = body.nextPageToken
  } while (token)
  return out
}
