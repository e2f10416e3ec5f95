// @vitest-environment jsdom
import { render } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
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
    const rendered = Number(chart.dataset.renderedPoints)
    expect(rendered).toBeGreaterThan(100)
    expect(rendered).toBeLessThanOrEqual(600)
    expect(container.querySelectorAll('.recharts-line')).toHaveLength(2)
    expect(container.querySelectorAll('.recharts-reference-line')).toHaveLength(1)
  })

  it('shows time and values with units in its tooltip', () => {
    const { container } = render(<DetailChartTooltip series={[temp]} formatTime={() => '09:15:47'} active label={T} payload={[{ dataKey: 'temperature', value: -3.5 }]} />)
    expect(container.textContent).toBe('09:15:47Temperature−3.5 °C')
  })
})
