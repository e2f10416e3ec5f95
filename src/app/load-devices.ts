import type { Device, DtRestClient } from '../dt'

/** Follows every page of the device list; reports progress so the page can show the count so far. */
export async function loadAllDevices(
  client: DtRestClient,
  projectId: string,
  onProgress: (devicesSoFar: number) => void,
  signal?: AbortSignal,
): Promise<Device[]> {
  const devices: Device[] = []
  let pageToken: string | undefined
  do {
    const page = await client.listDevicesPage(projectId, { pageSize: 1000, ...(pageToken ? { pageToken } : {}) }, signal)
    if (!page.ok) throw new Error(`Could not list devices: ${page.error.message} (HTTP ${page.error.status})`)
    devices.push(...page.value.items)
    onProgress(devices.length)
    pageToken = page.value.nextPageToken || undefined
  } while (pageToken)
  return devices
}
