import { describe, expect, it } from 'vitest'
import { formatTable } from './table'

describe('formatTable', () => {
  it('aligns columns, formats numbers and marks pass and fail', () => {
    const text = formatTable([
      { section: 'Ingest', measure: 'max rate', value: 20000, unit: 'events/s', target: '≥ 5,000', pass: true },
      { section: 'Size', measure: 'initial JS', value: 252.6, unit: 'KB', target: '≤ 250 KB', pass: false, note: '1 file' },
      { section: 'Memory', measure: 'trend', value: 'flat' },
    ])
    const lines = text.split('\n')
    expect(lines).toHaveLength(5)
    expect(new Set(lines.map((l) => l.length)).size).toBe(1)
    expect(lines[2]).toContain('20,000 events/s')
    expect(lines[2]).toContain('pass')
    expect(lines[3]).toContain('FAIL')
    expect(lines[4]).toMatch(/\| flat +\| +\| +\|/)
  })
})
