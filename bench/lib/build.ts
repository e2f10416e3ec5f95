import { spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

/** Production build of the app into `outDir` (vite build), so the bench never clobbers dist/ under a running test. */
export function build(outDir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const vite = join('node_modules', 'vite', 'bin', 'vite.js')
    const child = spawn(process.execPath, [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], { stdio: ['ignore', 'inherit', 'inherit'] })
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`vite build failed with code ${code}`))))
  })
}

// Static imports in Rollup's output: `import{a as b}from"./x.js"` or `import"./x.js"`; never `import(`.
const STATIC_IMPORT = /(?:^|[;}\n])\s*import\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+\.js)["']/g
const HTML_SCRIPT = /<script[^>]*\stype="module"[^>]*\ssrc="([^"]+)"/g
const HTML_PRELOAD = /<link[^>]*\srel="modulepreload"[^>]*\shref="([^"]+)"/g

/** The JavaScript a first visit loads before anything lazy: the entry and its static imports, each gzipped. */
export function initialJavaScript(distDir: string): { files: { file: string; bytes: number; gzip: number }[]; gzip: number; bytes: number } {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8')
  const queue = [...html.matchAll(HTML_SCRIPT), ...html.matchAll(HTML_PRELOAD)].map((m) => (m[1] as string).replace(/^\//, ''))
  const seen = new Set<string>()
  const files: { file: string; bytes: number; gzip: number }[] = []
  while (queue.length) {
    const file = queue.shift() as string
    if (seen.has(file)) continue
    seen.add(file)
    const path = join(distDir, file)
    if (!existsSync(path)) continue
    const text = readFileSync(path)
    files.push({ file, bytes: text.length, gzip: gzipSync(text, { level: 9 }).length })
    const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : ''
    for (const m of text.toString('utf8').matchAll(STATIC_IMPORT)) {
      const spec = m[1] as string
      queue.push(spec.startsWith('./') ? dir + spec.slice(2) : spec.replace(/^\//, ''))
    }
  }
  return { files, gzip: files.reduce((s, f) => s + f.gzip, 0), bytes: files.reduce((s, f) => s + f.bytes, 0) }
}
