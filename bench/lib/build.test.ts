import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { initialJavaScript } from './build'

const dir = mkdtempSync(join(tmpdir(), 'dt-live-size-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('initialJavaScript', () => {
  it('counts the entry, its preloads and static imports, never lazy chunks', () => {
    mkdirSync(join(dir, 'assets'))
    writeFileSync(join(dir, 'index.html'), '<script type="module" crossorigin src="/assets/index-a.js"></script><link rel="modulepreload" crossorigin href="/assets/vendor-b.js">')
    writeFileSync(join(dir, 'assets', 'index-a.js'), 'import{r as e}from"./vendor-b.js";import"./shared-c.js";const l=()=>import("./lazy-d.js");e(l)')
    writeFileSync(join(dir, 'assets', 'vendor-b.js'), 'export const r=x=>x;'.repeat(50))
    writeFileSync(join(dir, 'assets', 'shared-c.js'), 'console.log(1)')
    writeFileSync(join(dir, 'assets', 'lazy-d.js'), 'export default 1;'.repeat(1000))
    const js = initialJavaScript(dir)
    expect(js.files.map((f) => f.file).sort()).toEqual(['assets/index-a.js', 'assets/shared-c.js', 'assets/vendor-b.js'])
    expect(js.gzip).toBe(js.files.reduce((s, f) => s + f.gzip, 0))
    expect(js.gzip).toBeLessThan(js.bytes)
  })
})
