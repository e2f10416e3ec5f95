// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { useGridHold } from './use-grid-hold'

afterEach(cleanup)

function Probe({ showGrid = true }: { showGrid?: boolean }) {
  const { held, handlers } = useGridHold()
  return (
    <div>
      <output>{held ? 'held' : 'free'}</output>
      <button type="button">outside</button>
      {showGrid && (
        <div role="list" {...handlers}>
          <button type="button">card 1</button>
          <button type="button">card 2</button>
        </div>
      )}
    </div>
  )
}

const state = () => screen.getByRole('status').textContent

describe('useGridHold', () => {
  it('holds while the pointer is over the grid', () => {
    render(<Probe />)
    expect(state()).toBe('free')
    fireEvent.pointerEnter(screen.getByRole('list'))
    expect(state()).toBe('held')
    fireEvent.pointerLeave(screen.getByRole('list'))
    expect(state()).toBe('free')
  })

  it('holds while focus moves between cards, and lets go when it leaves the grid', () => {
    render(<Probe />)
    act(() => screen.getByRole('button', { name: 'card 1' }).focus())
    expect(state()).toBe('held')
    act(() => screen.getByRole('button', { name: 'card 2' }).focus())
    expect(state()).toBe('held')
    act(() => screen.getByRole('button', { name: 'outside' }).focus())
    expect(state()).toBe('free')
  })

  it('lets go at the next pointer move when the grid went away under the pointer', () => {
    const { rerender } = render(<Probe />)
    fireEvent.pointerEnter(screen.getByRole('list'))
    rerender(<Probe showGrid={false} />)
    expect(state()).toBe('held')
    fireEvent.pointerMove(screen.getByRole('button', { name: 'outside' }))
    expect(state()).toBe('free')
  })
})
