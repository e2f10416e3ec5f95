// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { AlarmsPanel, type AlarmsPanelProps } from './alarms-panel'
import type { AlarmItemView } from './alarm-views'

afterEach(cleanup)
const T = 1_700_000_000_000

function item(patch: Partial<AlarmItemView>): AlarmItemView {
  return { key: 'r|d', kind: 'threshold', deviceId: 'd', deviceName: 'Freezer 3', ruleName: 'Too warm', condition: 'above −15 °C', ongoing: undefined, phase: 'firing', acknowledged: false, startedAt: T - 240_000, firedAt: T - 180_000, clearedAt: undefined, delayS: 60, peak: '−12 °C', ...patch }
}

function props(patch: Partial<AlarmsPanelProps> = {}): AlarmsPanelProps {
  return {
    alarms: [],
    rules: [{ id: 'r', name: 'Too warm', condition: 'above −15 °C', metric: 'temperature', scope: 'All devices', timing: 'after 1 min', enabled: true, watching: 3 }],
    transitions: [],
    now: T,
    announcement: '',
    problems: [],
    onDismissProblems: vi.fn(),
    saveFailed: false,
    offlinePaused: false,
    notify: { checked: false, permission: 'default', onChange: vi.fn() },
    onAcknowledge: vi.fn(),
    onOpenDevice: vi.fn(),
    onToggleRule: vi.fn(),
    onDeleteRule: vi.fn(),
    onAddRule: vi.fn(),
    onEditRule: vi.fn(),
    editor: null,
    ...patch,
  }
}

describe('AlarmsPanel', () => {
  it('shows firing, pending and acknowledged alarms with their timing, and acknowledges', () => {
    const p = props({
      alarms: [item({}), item({ key: 'r|e', deviceId: 'e', deviceName: 'Fridge 2', phase: 'pending', startedAt: T - 12_000, firedAt: undefined }), item({ key: 'r|f', deviceId: 'f', deviceName: 'Fridge 4', acknowledged: true })],
    })
    render(<AlarmsPanel {...p} />)
    const items = screen.getAllByRole('listitem')
    expect(items.map((li) => li.dataset.state)).toEqual(['firing', 'pending', 'acknowledged'])
    expect(items[1]?.textContent).toContain('for 12 s of 1 min')
    expect(items[0]?.textContent).toMatch(/since \d\d:\d\d:\d\d · 4 min/)
    expect(within(items[2] as HTMLElement).queryByRole('button', { name: /Acknowledge/ })).toBeNull()
    fireEvent.click(within(items[0] as HTMLElement).getByRole('button', { name: 'Acknowledge Freezer 3: above −15 °C' }))
    expect(p.onAcknowledge).toHaveBeenCalledWith('r|d')
    fireEvent.click(screen.getByRole('button', { name: 'Fridge 2' }))
    expect(p.onOpenDevice).toHaveBeenCalledWith('e')
    expect(screen.getByLabelText('3 active, 1 unacknowledged')).toBeTruthy()
  })

  it('says all is clear, reports stored-rule problems and announces new alarms politely but firmly', () => {
    const p = props({ problems: ['Rule 2 was skipped: bad.'], announcement: 'Alarm: Freezer 3' })
    const { container } = render(<AlarmsPanel {...p} />)
    expect(screen.getByText(/All clear · 1 rule watching/)).toBeTruthy()
    expect(screen.getByRole('alert').textContent).toContain('Rule 2 was skipped')
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }))
    expect(p.onDismissProblems).toHaveBeenCalled()
    expect(container.querySelector('[aria-live="assertive"]')?.textContent).toBe('Alarm: Freezer 3')
  })

  it('counts how long a door has stood open or a device been silent, and shows no peak for them', () => {
    const door = item({ kind: 'doorOpen', condition: 'door open', ongoing: 'door open', startedAt: T - 6 * 60_000, peak: undefined, deviceName: 'Cold-room door', ruleName: '' })
    const silent = item({ key: 'o|e', kind: 'offline', condition: 'no data', ongoing: 'no data for', startedAt: T - 42 * 60_000, peak: undefined, deviceName: 'Freezer 3', ruleName: '' })
    const pending = item({ key: 'r|f', kind: 'doorOpen', condition: 'door open', ongoing: 'door open', phase: 'pending', startedAt: T - 40_000, delayS: 300, peak: undefined })
    render(<AlarmsPanel {...props({ alarms: [door, silent, pending] })} />)
    const [a, b, c] = screen.getAllByRole('listitem')
    expect(a?.querySelector('.alarm-rule')?.textContent).toBe('door open 6 min')
    expect(a?.querySelector('.alarm-time')?.textContent).toMatch(/^since \d\d:\d\d:\d\d$/)
    expect(b?.querySelector('.alarm-rule')?.textContent).toBe('no data for 42 min')
    expect(b?.querySelector('.alarm-time')?.textContent).toMatch(/^last heard \d\d:\d\d:\d\d$/)
    expect(c?.textContent).toContain('door openfor 40 s of 5 min')
  })

  it('says when offline checks are paused because the stream is not live', () => {
    const { rerender } = render(<AlarmsPanel {...props()} />)
    expect(screen.queryByText(/Offline checks are paused/)).toBeNull()
    rerender(<AlarmsPanel {...props({ offlinePaused: true })} />)
    expect(screen.getByText(/Offline checks are paused while the stream is not live/)).toBeTruthy()
  })

  it('lists rules with a switch and a confirmed delete', () => {
    const p = props()
    render(<AlarmsPanel {...p} />)
    fireEvent.click(screen.getByRole('button', { name: 'Rules 1' }))
    fireEvent.click(screen.getByRole('checkbox', { name: 'Too warm: on' }))
    expect(p.onToggleRule).toHaveBeenCalledWith('r', false)
    fireEvent.click(screen.getByRole('button', { name: 'Delete Too warm' }))
    expect(p.onDeleteRule).not.toHaveBeenCalled()
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }))
    expect(p.onDeleteRule).toHaveBeenCalledWith('r')
  })

  it('handles blocked and missing notifications without offering the box', () => {
    const { rerender } = render(<AlarmsPanel {...props({ notify: { checked: true, permission: 'denied', onChange: vi.fn() } })} />)
    const box = screen.getByRole('checkbox', { name: /Notify me/ }) as HTMLInputElement
    expect(box.disabled).toBe(true)
    expect(box.checked).toBe(false)
    expect(screen.getByText(/blocked for this site/)).toBeTruthy()
    rerender(<AlarmsPanel {...props({ notify: { checked: false, permission: 'unsupported', onChange: vi.fn() } })} />)
    expect(screen.getByText(/cannot show notifications/)).toBeTruthy()
  })
})
