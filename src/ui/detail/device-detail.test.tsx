// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { useState } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { DeviceDetail } from './device-detail'
import { StateStrip } from './state-strip'
import { stateSegments } from './state-segments'

afterEach(cleanup)

function Harness({ onClose }: { onClose: () => void }) {
  const [open, setOpen] = useState(false)
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Freezer card
      </button>
      {open && (
        <DeviceDetail title="Freezer 3" meta="temperature" onClose={() => (onClose(), setOpen(false))} toolbar={<button type="button">24 h</button>}>
          <p>body</p>
        </DeviceDetail>
      )}
    </>
  )
}

describe('DeviceDetail', () => {
  it('moves focus to its title on open and back to the opener on close; Esc and the close button close it', () => {
    const onClose = vi.fn()
    render(<Harness onClose={onClose} />)
    const card = screen.getByRole('button', { name: 'Freezer card' })
    card.focus()
    fireEvent.click(card)
    const dialog = screen.getByRole('dialog', { name: 'Freezer 3' })
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Freezer 3' }))
    fireEvent(dialog, new Event('cancel', { cancelable: true }))
    expect(onClose).toHaveBeenCalledTimes(1)
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(document.activeElement).toBe(card)
    fireEvent.click(card)
    fireEvent.click(screen.getByRole('button', { name: 'Close device detail' }))
    expect(onClose).toHaveBeenCalledTimes(2)
    expect(document.activeElement).toBe(card)
  })
})

describe('state strip', () => {
  it('clips state spans to the window and leaves the unknown start out', () => {
    expect(stateSegments([50, 100, 300], ['OPEN', 'CLOSED', 'OPEN'], 80, 400)).toEqual([
      { start: 80, end: 100, state: 'OPEN' },
      { start: 100, end: 300, state: 'CLOSED' },
      { start: 300, end: 400, state: 'OPEN' },
    ])
    expect(stateSegments([200], ['OPEN'], 0, 400)).toEqual([{ start: 200, end: 400, state: 'OPEN' }])
  })

  it('draws bands and says the current state and the number of changes', () => {
    render(<StateStrip title="Door" color="orange" times={[0, 100, 200]} states={['CLOSED', 'OPEN', 'CLOSED']} from={0} to={400} isActive={(s) => s === 'OPEN'} describeState={(s) => s.toLowerCase()} formatTime={String} ticks={[0, 200]} formatTick={(t) => `t${t}`} />)
    const strip = screen.getByRole('img', { name: 'Door: closed now; 2 changes in the window' })
    expect(strip.querySelectorAll('.detail-band.is-active')).toHaveLength(1)
    expect((strip.querySelector('.detail-band.is-active') as HTMLElement).style.left).toBe('25%')
    expect(screen.getByText('t200').style.left).toBe('50%')
  })
})
