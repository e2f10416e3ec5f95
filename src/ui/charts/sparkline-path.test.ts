import { describe, expect, it } from 'vitest'
import { medianSpacing, sparkPaths } from './sparkline-path'

const box = { width: 100, height: 42 }
const domain = { lo: 0, hi: 10 }

describe('sparkPaths', () => {
  it('maps the window to the box: time left to right, values bottom to top', () => {
    const p = sparkPaths({ times: [0, 1000], values: [0, 10] }, 0, 1000, domain, box, Infinity)
    expect(p.line).toBe('M0 41L100 1')
    expect(p.area).toBe('M0 41L100 1L100 42L0 42Z')
  })

  it('breaks the line across a gap longer than gapMs', () => {
    const p = sparkPaths({ times: [0, 100, 900, 1000], values: [1, 2, 3, 4] }, 0, 1000, domain, box, 300)
    expect(p.line.match(/M/g)).toHaveLength(2)
  })

  it('draws nothing without points or with an empty window', () => {
    expect(sparkPaths({ times: [], values: [] }, 0, 1000, domain, box, Infinity).line).toBe('')
    expect(sparkPaths({ times: [5], values: [5] }, 1000, 1000, domain, box, Infinity).line).toBe('')
  })
})

describe('medianSpacing', () => {
  it('is the middle gap', () => {
    expect(medianSpacing([0, 10, 20, 60])).toBe(10)
    expect(medianSpacing([5])).toBe(0)
  })
})
