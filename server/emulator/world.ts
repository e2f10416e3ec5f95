import { deviceName, projectName, type Device, type KnownDeviceType, type Project, type ReportedState } from '../../src/dt'
import { HistoryBuffer } from './history'

export interface ConnectorSignal {
  signalStrength?: number
  rssi?: number
  /** Epoch ms of the last report through this connector. */
  at: number
}

export interface DeviceRecord {
  id: string
  projectId: string
  /** `projects/<p>/devices/<d>`, kept to avoid building it per event. */
  name: string
  type: KnownDeviceType
  productNumber: string
  labels: Record<string, string>
  reported: ReportedState
  /** Allocated on first event: load mode holds tens of thousands of devices. */
  history?: HistoryBuffer
  /** Latest signal per cloud connector, merged into `reported.networkStatus`. */
  connectors?: Map<string, ConnectorSignal>
}

export interface ProjectRecord {
  id: string
  displayName: string
  organization: string
  organizationDisplayName: string
  inventory: boolean
  devices: Map<string, DeviceRecord>
}

export type ProjectAccess = 'ok' | 'forbidden' | 'missing'

/** Projects and devices, with what the one service account may see. */
export class World {
  readonly projects = new Map<string, ProjectRecord>()

  private readonly visible: Set<string>

  constructor(visible: ReadonlySet<string>) {
    this.visible = new Set(visible)
  }

  /** Adds a project; `visible` also lets the service account see it. */
  addProject(p: Omit<ProjectRecord, 'devices'>, options: { visible?: boolean } = {}): ProjectRecord {
    const record = { ...p, devices: new Map<string, DeviceRecord>() }
    this.projects.set(p.id, record)
    if (options.visible) this.visible.add(p.id)
    return record
  }

  access(projectId: string): ProjectAccess {
    if (!this.projects.has(projectId)) return 'missing'
    return this.visible.has(projectId) ? 'ok' : 'forbidden'
  }

  visibleProjects(): ProjectRecord[] {
    return [...this.projects.values()].filter((p) => this.visible.has(p.id))
  }

  /** Finds a device; project `-` searches every visible project (README §1). */
  findDevice(projectId: string, deviceId: string): DeviceRecord | undefined {
    if (projectId !== '-') return this.projects.get(projectId)?.devices.get(deviceId)
    for (const p of this.visibleProjects()) {
      const d = p.devices.get(deviceId)
      if (d) return d
    }
    return undefined
  }

  addDevice(d: Omit<DeviceRecord, 'name'>): DeviceRecord {
    const project = this.projects.get(d.projectId)
    if (!project) throw new Error(`no project ${d.projectId}`)
    const record: DeviceRecord = { ...d, name: deviceName(d.projectId, d.id) }
    project.devices.set(d.id, record)
    return record
  }

  removeDevice(projectId: string, deviceId: string): boolean {
    return this.projects.get(projectId)?.devices.delete(deviceId) ?? false
  }
}

export function toDevice(r: DeviceRecord): Device {
  return {
    name: r.name,
    id: r.id,
    projectId: r.projectId,
    type: r.type,
    productNumber: r.productNumber,
    labels: r.labels,
    reported: r.reported,
  }
}

export function toProject(p: ProjectRecord): Project {
  let cloudConnectorCount = 0
  for (const d of p.devices.values()) if (d.type === 'ccon') cloudConnectorCount++
  return {
    name: projectName(p.id),
    id: p.id,
    displayName: p.displayName,
    organization: p.organization,
    organizationDisplayName: p.organizationDisplayName,
    sensorCount: p.devices.size - cloudConnectorCount,
    cloudConnectorCount,
    inventory: p.inventory,
  }
}
