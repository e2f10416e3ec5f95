import { describe, expect, it } from 'vitest'
import { MIN_ZOOM_MS, spanBetween, tickStepFor, timeAt, zoomIn, zoomOut } from './zoom'

const HOUR = 3_600_000
const T = Date.UTC(2026, 10, 29, 9, 0, 0)
const bounds = { from: T - HOUR, to: T }

describe('detail chart zoom', () => {
  it('maps a pixel between the plot edges to its time, clamped to the window', () => {
    const plot = { left: 48, right: 448 }
    expect(timeAt(48, plot, bounds)).toBe(T - HOUR)
    expect(timeAt(248, plot, bounds)).toBe(T - HOUR / 2)
    expect(timeAt(448, plot, bounds)).toBe(T)
    expect(timeAt(0, plot, bounds)).toBe(T - HOUR)
    expect(timeAt(900, plot, bounds)).toBe(T)
    expect(timeAt(100, { left: 10, right: 10 }, bounds)).toBe(T - HOUR)
  })

  it('turns a drag in either direction into a span; a click is no zoom', () => {
    expect(spanBetween(T - 20 * 60_000, T - 50 * 60_000, bounds)).toEqual({ from: T - 50 * 60_000, to: T - 20 * 60_000 })
    expect(spanBetween(T - 1000, T - 1000, bounds)).toBeNull()
  })

  it('widens a tiny drag to the narrowest zoom about its centre and keeps it inside the window', () => {
    const tiny = spanBetween(T - 30 * 60_000, T - 30 * 60_000 + 2000, bounds)
    expect(tiny).toEqual({ from: T - 30 * 60_000 + 1000 - MIN_ZOOM_MS / 2, to: T - 30 * 60_000 + 1000 + MIN_ZOOM_MS / 2 })
    // At the window's end it slides back in rather than reaching into the future.
    expect(spanBetween(T - 1000, T, bounds)).toEqual({ from: T - MIN_ZOOM_MS, to: T })
  })

  it('zooms in to half about the centre, never below the narrowest zoom', () => {
    expect(zoomIn(bounds, bounds)).toEqual({ from: T - 45 * 60_000, to: T - 15 * 60_000 })
    const narrow = { from: T - 12_000, to: T }
    expect(zoomIn(narrow, bounds)).toEqual({ from: T - 11_000, to: T - 1000 })
  })

  it('zooms out to double within the window, and to the whole range (null) once it covers it', () => {
    expect(zoomOut({ from: T - 20 * 60_000, to: T - 10 * 60_000 }, bounds)).toEqual({ from: T - 25 * 60_000, to: T - 5 * 60_000 })
    // Doubling past the end slides back inside.
    expect(zoomOut({ from: T - 10 * 60_000, to: T }, bounds)).toEqual({ from: T - 20 * 60_000, to: T })
    expect(zoomOut({ from: T - 40 * 60_000, to: T - 10 * 60_000 }, bounds)).toBeNull()
  })

  it('picks round tick steps that fit about six ticks', () => {
    expect(tickStepFor(20_000)).toBe(5000)
    expect(tickStepFor(60_000)).toBe(10_000)
    expect(tickStepFor(5 * 60_000)).toBe(60_000)
    expect(tickStepFor(HOUR)).toBe(10 * 60_000)
    expect(tickStepFor(24 * HOUR)).toBe(6 * HOUR)
  })
})
