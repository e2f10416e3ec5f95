// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { orderChips } from './chip-order'
import { FilterBar, type FilterBarProps } from './filter-bar'

afterEach(cleanup)

const devices = { temperature: 10, humidity: 5, contact: 3, touch: 2, objectPresent: 2, waterPresent: 2, motion: 2, co2: 2 }

function props(over: Partial<FilterBarProps> = {}): FilterBarProps {
  return {
    chips: orderChips(devices, {}, []),
    onToggleEventType: () => {},
    deviceTypes: [{ type: 'temperature', count: 10, selected: false }],
    onToggleDeviceType: () => {},
    search: '',
    onSearch: () => {},
    serverSide: false,
    onServerSide: () => {},
    filtered: false,
    onClear: () => {},
    problems: [],
    onDismissProblems: () => {},
    ...over,
  }
}

describe('FilterBar', () => {
  it('shows six chips and the rest behind "+N more"', () => {
    const onToggle = vi.fn()
    render(<FilterBar {...props({ onToggleEventType: onToggle })} />)
    const group = screen.getByRole('group', { name: 'Event types' })
    expect(group.querySelectorAll('.chip[data-type]')).toHaveLength(6)
    fireEvent.click(screen.getByRole('button', { name: '+2 more' }))
    expect(group.querySelectorAll('.chip[data-type]')).toHaveLength(8)
    fireEvent.click(screen.getByRole('button', { name: /^Motion/ }))
    expect(onToggle).toHaveBeenCalledWith('motion')
  })

  it('marks selected chips pressed', () => {
    render(<FilterBar {...props({ chips: orderChips(devices, {}, ['contact']), filtered: true })} />)
    expect(screen.getByRole('button', { name: /^Door \/ contact/ }).getAttribute('aria-pressed')).toBe('true')
    expect((screen.getByRole('button', { name: 'Clear all' }) as HTMLButtonElement).disabled).toBe(false)
  })

  it('clears the search with its button and with Escape', () => {
    const onSearch = vi.fn()
    render(<FilterBar {...props({ search: 'fridge', onSearch })} />)
    fireEvent.click(screen.getByRole('button', { name: 'Clear search' }))
    fireEvent.keyDown(screen.getByRole('searchbox'), { key: 'Escape' })
    expect(onSearch.mock.calls).toEqual([[''], ['']])
  })

  it('toggles device types from the picker', () => {
    const onToggle = vi.fn()
    render(<FilterBar {...props({ onToggleDeviceType: onToggle })} />)
    fireEvent.click(screen.getByRole('button', { name: /Device type/ }))
    fireEvent.click(screen.getByRole('checkbox', { name: /Temperature/ }))
    expect(onToggle).toHaveBeenCalledWith('temperature')
  })

  it('explains the server-side filter and reports problems from the link', () => {
    const onDismiss = vi.fn()
    render(<FilterBar {...props({ serverSide: true, problems: ['ignored unknown event type "x"'], onDismissProblems: onDismiss })} />)
    expect(screen.getByRole('switch', { name: 'Filter on server' })).toBeTruthy()
    expect(screen.getByText(/Pick event types to filter them on the server/)).toBeTruthy()
    expect(screen.getByText(/ignored unknown event type "x"/)).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }))
    expect(onDismiss).toHaveBeenCalled()
  })
})
