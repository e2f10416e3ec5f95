// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { GridSummary } from './grid-summary'
import { SortPicker } from './sort-picker'

afterEach(cleanup)

const orders = [
  { value: 'name', label: 'Name' },
  { value: 'alarms', label: 'Alarms first' },
]

describe('GridSummary', () => {
  it('says how many devices match and carries the sort picker, which reports the order picked', () => {
    const onChange = vi.fn()
    render(<GridSummary shown={3} total={1200} loadingCount={null} progress={null} end={<SortPicker value="name" options={orders} onChange={onChange} />} />)
    expect(screen.getByRole('status').textContent).toBe('3 of 1,200 devices match')
    const select = screen.getByRole('combobox', { name: 'Sort' }) as HTMLSelectElement
    expect(select.value).toBe('name')
    expect([...select.options].map((o) => o.text)).toEqual(['Name', 'Alarms first'])
    fireEvent.change(select, { target: { value: 'alarms' } })
    expect(onChange).toHaveBeenCalledWith('alarms')
  })
})
