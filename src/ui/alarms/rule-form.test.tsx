// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { RuleDraft, RuleDraftErrors } from '../../store/alarms'
import { RuleForm } from './rule-form'

afterEach(cleanup)

const initial: RuleDraft = { name: '', kind: 'threshold', metric: 'temperature', comparator: 'above', threshold: '', scopeKind: 'all', deviceId: '', labelKey: '', labelValue: '', delay: '5 min', hysteresis: '0.5', enabled: true }
const devices = [
  { id: 'f1', name: 'Fridge 2', type: 'temperature', signals: ['temperature', 'offline'] },
  { id: 'c1', name: 'Canteen air', type: 'co2', signals: ['temperature', 'relativeHumidity', 'co2', 'offline'] },
  { id: 'x1', name: 'CCON kitchen', type: 'ccon', signals: ['offline'] },
]

function renderForm(onSubmit = vi.fn((_d: RuleDraft): RuleDraftErrors | null => null)) {
  const onCancel = vi.fn()
  render(<RuleForm mode="add" initial={initial} devices={devices} labelKeys={['zone']} labelValues={() => ['kitchen']} temperatureUnit="F" withKind={(d, kind) => ({ ...d, kind, delay: kind === 'offline' ? '30 min' : d.delay })} onSubmit={onSubmit} onCancel={onCancel} />)
  return { onSubmit, onCancel }
}

describe('RuleForm', () => {
  it('labels units in the user’s unit, shows every message it gets back and focuses the first bad field', () => {
    const { onSubmit } = renderForm(vi.fn((_d: RuleDraft): RuleDraftErrors | null => ({ threshold: '“warm” is not a number.', delay: 'Write the delay as seconds.' })))
    expect(document.activeElement).toBe(screen.getByLabelText('Alarm when'))
    fireEvent.change(screen.getByLabelText('Threshold (°F)'), { target: { value: 'warm' } })
    fireEvent.click(screen.getByRole('button', { name: 'Add rule' }))
    expect(onSubmit).toHaveBeenCalledWith(expect.objectContaining({ threshold: 'warm', metric: 'temperature' }))
    expect(screen.getByText('“warm” is not a number.')).toBeTruthy()
    expect(screen.getByRole('alert').textContent).toBe('Check the 2 fields marked above.')
    expect(document.activeElement).toBe(screen.getByLabelText('Threshold (°F)'))
    expect(screen.getByLabelText('Threshold (°F)').getAttribute('aria-invalid')).toBe('true')
  })

  it('offers only devices that report the metric, narrowed by the search', () => {
    const { onSubmit } = renderForm()
    fireEvent.click(screen.getByLabelText('One device'))
    const options = () => Array.from((screen.getByLabelText('Device') as HTMLSelectElement).options).map((o) => o.value)
    expect(options()).toEqual(['', 'f1', 'c1'])
    fireEvent.change(screen.getByLabelText('Metric'), { target: { value: 'co2' } })
    expect(options()).toEqual(['', 'c1'])
    fireEvent.change(screen.getByLabelText('Metric'), { target: { value: 'temperature' } })
    fireEvent.change(screen.getByLabelText('Find device'), { target: { value: 'fridge' } })
    expect(options()).toEqual(['', 'f1'])
    fireEvent.change(screen.getByLabelText('Device'), { target: { value: 'f1' } })
    fireEvent.click(screen.getByRole('button', { name: 'Add rule' }))
    expect(onSubmit).toHaveBeenCalledWith(expect.objectContaining({ scopeKind: 'device', deviceId: 'f1' }))
  })

  it('offers door, water and offline rules with the delay alone, named for what it measures', () => {
    const { onSubmit } = renderForm()
    fireEvent.click(screen.getByLabelText('One device'))
    fireEvent.change(screen.getByLabelText('Device'), { target: { value: 'f1' } })
    fireEvent.change(screen.getByLabelText('Alarm when'), { target: { value: 'offline' } })
    expect(screen.queryByLabelText(/Threshold/)).toBeNull()
    expect(screen.queryByLabelText(/Hysteresis/)).toBeNull()
    expect((screen.getByLabelText('No data for longer than') as HTMLInputElement).value).toBe('30 min')
    expect(screen.getByText(/heartbeat about every 15 min/)).toBeTruthy()
    // Every device can fall silent: the fridge stays chosen, and the CCON is offered too.
    const options = () => Array.from((screen.getByLabelText('Device') as HTMLSelectElement).options).map((o) => o.value)
    expect(options()).toEqual(['', 'f1', 'c1', 'x1'])
    fireEvent.change(screen.getByLabelText('Alarm when'), { target: { value: 'doorOpen' } })
    // Nothing here reports a door: the fridge is let go rather than kept as a silent mismatch.
    expect(options()).toEqual([''])
    expect(screen.getByText('0 devices with a door contact')).toBeTruthy()
    fireEvent.click(screen.getByLabelText('All contact sensors'))
    fireEvent.change(screen.getByLabelText('Open for longer than'), { target: { value: '2 s' } })
    fireEvent.click(screen.getByRole('button', { name: 'Add rule' }))
    expect(onSubmit).toHaveBeenLastCalledWith(expect.objectContaining({ kind: 'doorOpen', delay: '2 s', scopeKind: 'all', deviceId: '' }))
  })

  it('cancels with Esc', () => {
    const { onCancel } = renderForm()
    fireEvent.keyDown(screen.getByLabelText('Name'), { key: 'Escape' })
    expect(onCancel).toHaveBeenCalled()
  })
})
