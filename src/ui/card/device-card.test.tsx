// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { CardReading } from './card-view'
import { DeviceCard, type DeviceCardProps } from './device-card'

afterEach(cleanup)

const reading: CardReading = { value: '-17.8', unit: '°C', kind: 'number', tone: 'normal', details: [], accentType: 'temperature', time: 1, chart: null }

function props(over: Partial<DeviceCardProps> = {}): DeviceCardProps {
  return {
    id: 'd1',
    name: 'Freezer 3',
    typeLabel: 'Temperature',
    description: 'Walk-in freezer',
    reading,
    age: '12 s',
    ageTitle: '',
    stale: null,
    battery: 90,
    signal: 62,
    signalTitle: 'Signal 62 %',
    chart: <svg data-testid="chart" />,
    windowLabel: '15 min',
    selected: false,
    onSelect: () => {},
    ...over,
  }
}

describe('DeviceCard', () => {
  it('shows name, value with unit, age, battery and signal, and selects on click', () => {
    const onSelect = vi.fn()
    render(<DeviceCard {...props({ onSelect })} />)
    expect(screen.getByRole('article', { name: 'Freezer 3' }).textContent).toMatch(/-17\.8°C12 s/)
    expect(screen.getByText('90 %')).toBeTruthy()
    expect(screen.getByText('62 %')).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: 'Freezer 3' }))
    expect(onSelect).toHaveBeenCalledWith('d1')
  })

  it('marks a stale value and says why', () => {
    render(<DeviceCard {...props({ stale: 'not-live' })} />)
    expect(screen.getByRole('article').getAttribute('data-stale')).toBe('true')
    expect(screen.getByText('stale').getAttribute('title')).toMatch(/not live/)
  })

  it('draws an alarm with its rule text in place of the details', () => {
    render(<DeviceCard {...props({ alarm: { severity: 'alarm', text: 'Above -15 °C for 10 min' } })} />)
    expect(screen.getByRole('article').getAttribute('data-alarm')).toBe('alarm')
    expect(screen.getByText('Above -15 °C for 10 min')).toBeTruthy()
    expect(screen.queryByText('Walk-in freezer')).toBeNull()
  })

  it('lists the details in the chart area when the type has no chart', () => {
    render(<DeviceCard {...props({ chart: null, reading: { ...reading, value: 'CELLULAR', unit: '', details: ['Cellular 62 %', 'Cellular available'] } })} />)
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Cellular 62 %', 'Cellular available'])
  })
})
