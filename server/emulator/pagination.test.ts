import { describe, expect, it } from 'vitest'
import { encodePageToken, pageSize, pageTokenPosition } from './pagination'

describe('pagination', () => {
  const limits = { defaultPageSize: 100, maxPageSize: 1000 }
  it('defaults, clamps and rejects sizes', () => {
    expect(pageSize(new URLSearchParams(''), limits)).toBe(100)
    expect(pageSize(new URLSearchParams('pageSize=0'), limits)).toBe(100)
    expect(pageSize(new URLSearchParams('page_size=5000'), limits)).toBe(1000)
    expect(() => pageSize(new URLSearchParams('page_size=1.5'), limits)).toThrow(/page_size/)
  })

  it('round-trips tokens and refuses ones of the other kind', () => {
    const token = encodePageToken('events', 42)
    expect(pageTokenPosition(new URLSearchParams(`pageToken=${token}`), 'events')).toBe(42)
    expect(() => pageTokenPosition(new URLSearchParams(`page_token=${token}`), 'devices')).toThrow(/invalid page_token/)
    expect(() => pageTokenPosition(new URLSearchParams('page_token=%%%'), 'devices')).toThrow(/invalid page_token/)
  })
})
