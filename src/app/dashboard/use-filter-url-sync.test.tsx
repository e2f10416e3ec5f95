// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createUiStore } from '../../store'
import { useFilterUrlSync } from './use-filter-url-sync'

beforeEach(() => vi.useFakeTimers())
afterEach(() => {
  cleanup()
  vi.useRealTimers()
  window.history.replaceState(null, '', '/')
})

describe('useFilterUrlSync', () => {
  it('reads the filters from the URL on mount and reports what it ignored', () => {
    window.history.replaceState(null, '', '/?types=contact,bogus&q=door')
    const store = createUiStore()
    const { result } = renderHook(() => useFilterUrlSync(store, window))
    expect(store.getState().filters).toMatchObject({ eventTypes: ['contact'], search: 'door' })
    expect(result.current.problems).toEqual(['ignored unknown event type "bogus"'])
    act(() => result.current.dismiss())
    expect(result.current.problems).toEqual([])
  })

  it('writes changes back with replaceState, keeping other parameters and the history length', () => {
    window.history.replaceState({ keep: 1 }, '', '/?device=abc')
    const store = createUiStore()
    renderHook(() => useFilterUrlSync(store, window))
    const length = window.history.length
    act(() => store.getState().toggleEventType('motion'))
    act(() => store.getState().setSearch('desk'))
    act(() => vi.advanceTimersByTime(300))
    expect(window.location.search).toBe('?device=abc&types=motion&q=desk')
    expect(window.history.length).toBe(length)
    expect(window.history.state).toEqual({ keep: 1 })
  })

  it('re-reads the URL on back and forward', () => {
    const store = createUiStore()
    renderHook(() => useFilterUrlSync(store, window))
    window.history.replaceState(null, '', '/?dtype=ccon')
    act(() => {
      window.dispatchEvent(new PopStateEvent('popstate'))
    })
    expect(store.getState().filters.deviceTypes).toEqual(['ccon'])
  })

  it('writes a pending change at once when unmounted', () => {
    const store = createUiStore()
    const { unmount } = renderHook(() => useFilterUrlSync(store, window))
    act(() => store.getState().setSearch('fridge'))
    unmount()
    expect(window.location.search).toBe('?q=fridge')
  })
})
