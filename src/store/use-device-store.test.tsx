// @vitest-environment jsdom
import { act, render, renderHook } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { deviceStore, uiStore } from './app-stores'
import { DEFAULT_FILTERS } from './filters'
import { EMPTY_SNAPSHOT } from './selectors'
import { device, ev } from './test-events'
import { useDevice, useDeviceStore, useFilteredLog, useSeriesSnapshot, useVisibleDeviceIds } from './use-device-store'

const T = 1_700_000_000_000

beforeEach(() => {
  deviceStore.getState().clear()
  uiStore.getState().setFilters(DEFAULT_FILTERS)
  deviceStore.getState().setDevices([device('a', 'temperature', { name: 'Freezer' }), device('b', 'contact', { name: 'Door' })])
})

describe('React binding', () => {
  it('re-renders a card only when its own device changes', () => {
    const renders = { a: 0, b: 0 }
    function Card({ id }: { id: 'a' | 'b' }) {
      const record = useDevice(id)
      renders[id]++
      return <span>{record?.name}</span>
    }
    render(
      <>
        <Card id="a" />
        <Card id="b" />
      </>,
    )
    const before = { ...renders }
    act(() => deviceStore.getState().applyBatch([ev('temperature', 'a', T, { value: 1 })]))
    expect(renders.a).toBe(before.a + 1)
    expect(renders.b).toBe(before.b)
  })

  it('gives stable visible ids under live updates (no update-depth loop) and follows filter changes', () => {
    let renders = 0
    const { result } = renderHook(() => {
      renders++
      return useVisibleDeviceIds()
    })
    act(() => uiStore.getState().toggleEventType('temperature'))
    act(() => deviceStore.getState().applyBatch([ev('temperature', 'a', T, { value: 1 })]))
    const ids = result.current
    const count = renders
    act(() => deviceStore.getState().applyBatch([ev('temperature', 'a', T + 1, { value: 2 })]))
    expect(result.current).toBe(ids)
    expect(renders).toBe(count)
    expect(result.current).toEqual(['a'])
  })

  it('snapshots a series when its seriesVersion changes', () => {
    const { result } = renderHook(() => useSeriesSnapshot('a', 'temperature'))
    expect(result.current).toBe(EMPTY_SNAPSHOT)
    act(() => deviceStore.getState().applyBatch([ev('temperature', 'a', T, { value: 1 })]))
    const first = result.current
    expect(first.values).toEqual([1])
    act(() => deviceStore.getState().applyBatch([ev('contact', 'b', T, { state: 'OPEN' })]))
    expect(result.current).toBe(first)
    act(() => deviceStore.getState().applyBatch([ev('temperature', 'a', T + 1, { value: 2 })]))
    expect(result.current.values).toEqual([1, 2])
  })

  it('serves the filtered log and plain selectors', () => {
    const { result } = renderHook(() => ({ log: useFilteredLog(), applied: useDeviceStore((s) => s.totals.applied) }))
    act(() => {
      uiStore.getState().toggleEventType('contact')
      deviceStore.getState().applyBatch([ev('temperature', 'a', T, { value: 1 }), ev('contact', 'b', T, { state: 'OPEN' })])
    })
    expect(result.current.log.map((e) => e.type)).toEqual(['contact'])
    expect(result.current.applied).toBe(2)
  })
})
