import type { DecodedPage, Project, RestResult } from '../dt'

/** The projects the account can see, or why they could not be listed. */
export type ProjectList = { readonly ok: true; readonly projects: readonly Project[]; readonly truncated: boolean } | { readonly ok: false; readonly message: string }

/** Pages a listing may take: an account with more projects than this picks the rest in Settings. */
export const MAX_PROJECT_PAGES = 10

/**
 * Every page of `GET /projects`, Inventory projects after the others, each group by name. Stops
 * after {@link MAX_PROJECT_PAGES} pages (`truncated`), or at the first failure.
 */
export async function collectProjects(fetchPage: (pageToken: string | undefined) => Promise<RestResult<DecodedPage<Project>>>, maxPages = MAX_PROJECT_PAGES): Promise<ProjectList> {
  const projects: Project[] = []
  let token: string | undefined
  for (let page = 0; page < maxPages; page++) {
    const r = await fetchPage(token)
    if (!r.ok) return { ok: false, message: r.error.status ? `${r.error.message} (HTTP ${r.error.status})` : r.error.message }
    projects.push(...r.value.items)
    token = r.value.nextPageToken || undefined
    if (!token) return { ok: true, projects: sortProjects(projects), truncated: false }
  }
  return { ok: true, projects: sortProjects(projects), truncated: true }
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' })

function sortProjects(list: Project[]): Project[] {
  return list.sort((a, b) => Number(a.inventory) - Number(b.inventory) || collator.compare(a.displayName || a.id, b.displayName || b.id))
}
