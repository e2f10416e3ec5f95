import { describe, expect, it } from 'vitest'
import type { Project } from '../dt'
import { collectProjects } from './project-list'

const project = (id: string, displayName: string, inventory = false): Project => ({
  name: `projects/${id}`,
  id,
  displayName,
  organization: 'organizations/o',
  organizationDisplayName: 'Org',
  sensorCount: 1,
  cloudConnectorCount: 0,
  inventory,
})

describe('collectProjects', () => {
  it('follows every page and lists Inventory projects last, each group by name with numbers as numbers', async () => {
    const pages: Record<string, { items: Project[]; next: string }> = {
      first: { items: [project('p10', 'Site 10'), project('inv', 'Inventory', true)], next: 't2' },
      t2: { items: [project('p2', 'Site 2')], next: '' },
    }
    const asked: Array<string | undefined> = []
    const r = await collectProjects(async (token) => {
      asked.push(token)
      const p = pages[token ?? 'first'] as { items: Project[]; next: string }
      return { ok: true, value: { items: p.items, nextPageToken: p.next, skipped: [] } }
    })
    expect(asked).toEqual([undefined, 't2'])
    expect(r).toMatchObject({ ok: true, truncated: false })
    expect(r.ok && r.projects.map((p) => p.id)).toEqual(['p2', 'p10', 'inv'])
  })

  it('stops after the page limit and says the list is cut', async () => {
    let n = 0
    const r = await collectProjects(async () => ({ ok: true, value: { items: [project(`p${++n}`, `P ${n}`)], nextPageToken: 'more', skipped: [] } }), 3)
    expect(r).toMatchObject({ ok: true, truncated: true })
    expect(r.ok && r.projects).toHaveLength(3)
  })

  it('reports the first failure with its status', async () => {
    const r = await collectProjects(async () => ({ ok: false, error: { status: 401, message: 'token expired' } }))
    expect(r).toEqual({ ok: false, message: 'token expired (HTTP 401)' })
  })
})
