// @vitest-environment jsdom
import { fireEvent, render } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { DetailChart, type DetailChartSeries } from './detail-chart'
import { DetailChartTooltip } from './detail-chart-tooltip'

const T = 1_700_000_000_000
const n = 5000
const times = Array.from({ length: n }, (_, i) => T + i * 1000)
const temp: DetailChartSeries = { id: 'temperature', label: 'Temperature', unit: '°C', color: 'red', axis: 'left', times, values: times.map((_, i) => (i === 2500 ? 30 : 20)), domain: [15, 35] }
const rh: DetailChartSeries = { ...temp, id: 'relativeHumidity', label: 'Relative humidity', unit: '%', axis: 'right', values: times.map(() => 40), domain: [30, 50] }

describe('DetailChart', () => {
  it('draws each series downsampled to the width, with threshold lines, and reports its point counts', () => {
    const { container } = render(
      <DetailChart
        series={[temp, rh]}
        from={T}
        to={T + n * 1000}
        ticks={[T, T + 60_000]}
        formatTick={() => 'tick'}
        formatTime={() => 'time'}
        thresholds={[{ id: 'r1', axis: 'left', value: 25, label: 'Warm: above 25 °C', firing: true }]}
        width={600}
        height={300}
        title="Temperature and humidity"
      />,
    )
    const chart = container.querySelector('.detail-chart') as HTMLElement
    expect(chart.dataset.points).toBe(String(2 * n))
    expect(chart.dataset.newest).toBe(String(T + (n - 1) * 1000))
    const rendered = Number(chart.dataset.renderedPoints)
    expect(rendered).toBeGreaterThan(100)
    expect(rendered).toBeLessThanOrEqual(600)
    expect(container.querySelectorAll('.recharts-line')).toHaveLength(2)
    expect(container.querySelectorAll('.recharts-reference-line')).toHaveLength(1)
  })

  it('turns a drag across the plot into the two times it spans; a click or a drag from an axis is no zoom', () => {
    const onZoom = vi.fn()
    // 600 px wide, one left axis of 48 px and a 16 px right margin: the plot runs from x 48 to 584.
    const { container } = render(
      <DetailChart series={[temp]} from={T} to={T + 536_000} ticks={[]} formatTick={String} formatTime={String} width={600} height={300} title="Temperature" onZoom={onZoom} />,
    )
    const surface = container.querySelector('.zoom-surface') as HTMLElement
    fireEvent.pointerDown(surface, { button: 0, clientX: 148, pointerId: 1 })
    fireEvent.pointerMove(surface, { clientX: 300, pointerId: 1 })
    expect(container.querySelector('.zoom-selection')).not.toBeNull()
    fireEvent.pointerUp(surface, { clientX: 900, pointerId: 1 })
    // Released past the plot's end: clamped to it.
    expect(onZoom).toHaveBeenCalledWith(T + 100_000, T + 536_000)
    expect(container.querySelector('.zoom-selection')).toBeNull()

    fireEvent.pointerDown(surface, { button: 0, clientX: 200, pointerId: 1 })
    fireEvent.pointerUp(surface, { clientX: 203, pointerId: 1 })
    fireEvent.pointerDown(surface, { button: 0, clientX: 20, pointerId: 1 })
    fireEvent.pointerUp(surface, { clientX: 300, pointerId: 1 })
    expect(onZoom).toHaveBeenCalledTimes(1)
  })

  it('offers no zoom without a handler', () => {
    const { container } = render(<DetailChart series={[temp]} from={T} to={T + 1000} ticks={[]} formatTick={String} formatTime={String} width={600} height={300} title="Temperature" />)
    expect(container.querySelector('.zoom-surface')).toBeNull()
  })

  it('shows time and values with units in its tooltip', () => {
    const { container } = render(<DetailChartTooltip series={[temp]} formatTime={() => '09:15:47'} active label={T} payload={[{ dataKey: 'temperature', value: -3.5 }]} />)
    expect(container.textContent).toBe('09:15:47Temperature−3.5 °C')
  })
})
