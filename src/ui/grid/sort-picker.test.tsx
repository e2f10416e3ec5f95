// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { SortPicker } from './sort-picker'

afterEach(cleanup)

const orders = [
  { value: 'name', label: 'Name' },
  { value: 'warmest', label: 'Warmest first', group: 'Live values, re-sorted every 10 s' },
  { value: 'coldest', label: 'Coldest first', group: 'Live values, re-sorted every 10 s' },
]

describe('SortPicker', () => {
  it('lists grouped options under their heading, after the ungrouped ones', () => {
    render(<SortPicker value="name" options={orders} onChange={() => undefined} />)
    const select = screen.getByRole('combobox', { name: 'Sort' }) as HTMLSelectElement
    expect([...select.children].map((c) => (c instanceof HTMLOptGroupElement ? `[${c.label}] ${[...c.children].map((o) => o.textContent).join(', ')}` : c.textContent))).toEqual([
      'Name',
      '[Live values, re-sorted every 10 s] Warmest first, Coldest first',
    ])
    expect(select.getAttribute('aria-describedby')).toBeNull()
  })

  it('shows a short hint and describes the select with the long one, keeping the name "Sort"', () => {
    render(<SortPicker value="warmest" options={orders} onChange={() => undefined} hint={{ short: 'every 10 s', long: 'Re-sorted every 10 s, not while you are in the grid.' }} />)
    const select = screen.getByRole('combobox', { name: 'Sort' }) as HTMLSelectElement
    expect(select.value).toBe('warmest')
    expect(screen.getByText('every 10 s')).toBeTruthy()
    const described = document.getElementById(select.getAttribute('aria-describedby') ?? '')
    expect(described?.textContent).toBe('Re-sorted every 10 s, not while you are in the grid.')
  })
})
