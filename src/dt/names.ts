/** Resource names in DT's Google API style: `projects/{p}` and `projects/{p}/devices/{d}`. */

const DEVICE_NAME = /^projects\/([^/]+)\/devices\/([^/]+)$/
const PROJECT_NAME = /^projects\/([^/]+)$/

export function deviceName(projectId: string, deviceId: string): string {
  return `projects/${projectId}/devices/${deviceId}`
}

export function projectName(projectId: string): string {
  return `projects/${projectId}`
}

/** Splits `projects/<p>/devices/<d>`; undefined for anything else. */
export function parseDeviceName(name: string): { projectId: string; deviceId: string } | undefined {
  const m = DEVICE_NAME.exec(name)
  return m && m[1] && m[2] ? { projectId: m[1], deviceId: m[2] } : undefined
}

/** Splits `projects/<p>`; undefined for anything else. */
export function parseProjectName(name: string): string | undefined {
  return PROJECT_NAME.exec(name)?.[1]
}

/** DT's clients treat a device as emulated exactly when its id is `emu` plus 20 characters. */
export function isEmulatedDeviceId(id: string): boolean {
  return id.length === 23 && id.startsWith('emu')
}
