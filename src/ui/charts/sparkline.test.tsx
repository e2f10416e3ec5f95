// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { Sparkline } from './sparkline'

afterEach(cleanup)

const base = { from: 0, to: 900_000, width: 300, height: 46, color: 'red', minSpan: 1, formatTick: (v: number) => v.toFixed(1), label: 'Temperature' }

describe('Sparkline', () => {
  it('draws a line through the points with an explicit size, and exposes the point count', () => {
    const times = Array.from({ length: 50 }, (_, i) => i * 10_000)
    const { container } = render(<Sparkline {...base} points={{ times, values: times.map((t) => 4 + Math.sin(t / 1e5)) }} />)
    const root = container.querySelector('.sparkline')
    expect(root?.getAttribute('data-points')).toBe('50')
    expect(container.querySelector('.sparkline-line')?.getAttribute('d')).toMatch(/^M0 [\d.]+L/)
    expect(container.querySelector('svg')?.getAttribute('aria-label')).toMatch(/^Temperature: /)
  })

  it('caps the points drawn near the pixel width and keeps the count of the raw ones', () => {
    const times = Array.from({ length: 5000 }, (_, i) => i * 180)
    const { container } = render(<Sparkline {...base} points={{ times, values: times.map((_, i) => i % 7) }} />)
    const root = container.querySelector('.sparkline')
    expect(root?.getAttribute('data-points')).toBe('5000')
    expect(Number(root?.getAttribute('data-drawn'))).toBeLessThanOrEqual(300)
  })

  it('keeps its Y domain while new values stay inside it', () => {
    const times = [0, 100_000, 200_000]
    const { container, rerender } = render(<Sparkline {...base} points={{ times, values: [3, 4, 5] }} />)
    const ticks = () => [...container.querySelectorAll('.chart-ticks span')].map((s) => s.textContent)
    const first = ticks()
    rerender(<Sparkline {...base} points={{ times: [...times, 300_000], values: [3, 4, 5, 4.2] }} />)
    expect(ticks()).toEqual(first)
  })

  it('says so when the window holds no points', () => {
    const { getByText } = render(<Sparkline {...base} points={{ times: [], values: [] }} emptyText="No readings in 15 min" />)
    expect(getByText('No readings in 15 min')).toBeTruthy()
  })
})
