import { beforeEach, describe, expect, it } from 'vitest'
import { createUiStore, type UiStore } from '../../store'
import { createDetailNavigation, type NavigationWindow } from './detail-navigation'
import { readDetailParams, withDetailParams } from './detail-url'

/** A history stack with popstate, synchronous for tests. */
function fakeWindow(initial: string) {
  const entries: Array<{ url: string; state: unknown }> = [{ url: initial, state: null }]
  let index = 0
  const listeners = new Set<() => void>()
  const current = () => entries[index] as { url: string; state: unknown }
  const parse = () => new URL(current().url, 'http://x')
  const win: NavigationWindow = {
    location: {
      get pathname() {
        return parse().pathname
      },
      get search() {
        return parse().search
      },
      get hash() {
        return parse().hash
      },
    },
    history: {
      get state() {
        return current().state
      },
      pushState(state, _u, u) {
        entries.splice(index + 1)
        entries.push({ url: String(u), state })
        index++
      },
      replaceState(state, _u, u) {
        entries[index] = { url: String(u), state }
      },
      back() {
        if (index === 0) return
        index--
        listeners.forEach((l) => l())
      },
    } as NavigationWindow['history'],
    addEventListener: (_t, l) => listeners.add(l),
    removeEventListener: (_t, l) => listeners.delete(l),
  }
  return { win, url: () => current().url, depth: () => entries.length, index: () => index }
}

describe('detail URL parameters', () => {
  it('reads and writes ?device and ?range, keeping the filters', () => {
    expect(readDetailParams('?types=temperature&device=d1&range=6h')).toEqual({ deviceId: 'd1', range: '6h', compare: [] })
    expect(readDetailParams('?device=d1&range=week')).toEqual({ deviceId: 'd1', range: 'live', compare: [] })
    expect(readDetailParams('?device=')).toEqual({ deviceId: null, range: 'live', compare: [] })
    expect(withDetailParams('?types=temperature,contact&q=fridge', 'd1', '24h')).toBe('?types=temperature,contact&q=fridge&device=d1&range=24h')
    expect(withDetailParams('?q=fridge&device=d1&range=1h', null)).toBe('?q=fridge')
    expect(withDetailParams('?device=d1', null)).toBe('')
  })

  it('reads and writes ?compare without repeats, blanks, the device itself or more than four', () => {
    expect(readDetailParams('?device=d1&compare=d2,,d3,d2,d1, d4 ,d5,d6')).toEqual({ deviceId: 'd1', range: 'live', compare: ['d2', 'd3', 'd4', 'd5'] })
    expect(readDetailParams('?compare=d2').compare).toEqual([])
    expect(withDetailParams('?q=x', 'd1', '1h', ['d2', 'd3'])).toBe('?q=x&device=d1&range=1h&compare=d2,d3')
    expect(withDetailParams('?device=d1&compare=d2', null)).toBe('')
  })
})

describe('detail navigation', () => {
  let ui: UiStore
  beforeEach(() => {
    ui = createUiStore()
  })

  it('pushes an entry on open, so Back closes the view, and keeps the filters', () => {
    const w = fakeWindow('/?q=fridge')
    const nav = createDetailNavigation(ui, w.win)
    nav.start()
    ui.getState().selectDevice('d1')
    expect(w.url()).toBe('/?q=fridge&device=d1')
    nav.setRange('6h')
    expect(w.url()).toBe('/?q=fridge&device=d1&range=6h')
    expect(nav.view.getState().range).toBe('6h')
    w.win.history.back()
    expect(ui.getState().selectedDeviceId).toBeNull()
    expect(w.url()).toBe('/?q=fridge')
  })

  it('keeps the compared devices in the URL with the range, and forgets them for the next device', () => {
    const w = fakeWindow('/')
    const nav = createDetailNavigation(ui, w.win)
    nav.start()
    ui.getState().selectDevice('d1')
    nav.setCompare(['d2', 'd1', 'd3'])
    expect(nav.view.getState().compare).toEqual(['d2', 'd3'])
    nav.setRange('6h')
    expect(w.url()).toBe('/?device=d1&range=6h&compare=d2,d3')
    ui.getState().selectDevice('d4')
    expect(nav.view.getState().compare).toEqual([])
    expect(w.url()).toBe('/?device=d4')
    w.win.history.back()
    expect(nav.view.getState()).toEqual({ range: '6h', compare: ['d2', 'd3'] })
  })

  it('closes by going back to the entry it came from', () => {
    const w = fakeWindow('/')
    const nav = createDetailNavigation(ui, w.win)
    nav.start()
    ui.getState().selectDevice('d1')
    nav.close()
    expect(w.url()).toBe('/')
    expect(w.index()).toBe(0)
  })

  it('opens from a shared link, and closing it replaces the URL instead of leaving the app', () => {
    const w = fakeWindow('/?device=d9&range=24h')
    const nav = createDetailNavigation(ui, w.win)
    nav.start()
    expect(ui.getState().selectedDeviceId).toBe('d9')
    expect(nav.view.getState().range).toBe('24h')
    nav.close()
    expect(w.url()).toBe('/')
    expect(w.depth()).toBe(1)
  })

  it('follows Forward/Back between devices and resets the range for a new device', () => {
    const w = fakeWindow('/')
    const nav = createDetailNavigation(ui, w.win)
    const stop = nav.start()
    ui.getState().selectDevice('d1')
    nav.setRange('1h')
    ui.getState().selectDevice('d2')
    expect(nav.view.getState().range).toBe('live')
    w.win.history.back()
    expect(ui.getState().selectedDeviceId).toBe('d1')
    expect(nav.view.getState().range).toBe('1h')
    stop()
    ui.getState().selectDevice('d3')
    expect(w.url()).toBe('/?device=d1&range=1h')
  })
})
