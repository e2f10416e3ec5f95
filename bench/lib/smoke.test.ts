import { describe, expect, it } from 'vitest'
import { smokeProblems } from './smoke'

const ladder = (ok: boolean) => ({ ladder: [{ keptUp: ok, exact: ok }] })

describe('smokeProblems', () => {
  const good = {
    size: { gzip: 140_000 },
    ingest: ladder(true),
    latency: { count: 600, p95: 40 },
    memory: { samples: [1, 2, 3, 4], second: 10, last: 10 },
    recovery: { dropToLiveMs: [300], stallNoticedMs: [3000] },
    scale: { devicesReadyMs: 1000, firstCardMs: 1100, scroll: { fps: { median: 59 } } },
    reference: { eventsource: ladder(true), requests: ladder(true) },
  }
  const all = ['size', 'ingest', 'latency', 'memory', 'recovery', 'scale', 'reference']

  it('passes sane numbers from every section', () => {
    expect(smokeProblems(good, all)).toEqual([])
  })

  it('names the sections that produced nothing or lost events', () => {
    const bad = { ...good, ingest: ladder(false), recovery: { dropToLiveMs: [], stallNoticedMs: [NaN] }, scale: {} }
    expect(smokeProblems(bad, all).map((p) => p.split(':')[0])).toEqual(['ingest', 'recovery', 'scale'])
    expect(smokeProblems(bad, ['size'])).toEqual([])
  })
})
