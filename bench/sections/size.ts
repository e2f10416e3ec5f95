import { initialJavaScript } from '../lib/build'
import type { BenchContext } from '../lib/context'

const TARGET_KB = 250

/** Initial JavaScript of the production build, gzipped: the entry and its static imports, not lazy chunks. */
export async function size(ctx: BenchContext): Promise<void> {
  const js = initialJavaScript(ctx.opts.staticDir)
  const kb = js.gzip / 1024
  ctx.row({ section: 'Size', measure: 'initial JS, gzipped', value: Math.round(kb * 10) / 10, unit: 'KB', target: `≤ ${TARGET_KB} KB`, pass: kb <= TARGET_KB, note: `${js.files.length} file(s), ${Math.round(js.bytes / 1024)} KB raw` })
  ctx.record('size', js)
}
