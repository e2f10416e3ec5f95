// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { Suspense, useState } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { describeRenderError } from './describe-render-error'
import { PanelBoundary } from './panel-boundary'
import { useRetryableLazy } from './use-retryable-lazy'

afterEach(cleanup)

/** Throws while `fault.broken` holds: a component with a rendering bug that can be fixed. */
const fault = { broken: true }
function Fragile() {
  if (fault.broken) throw new Error('cannot read the temperature of undefined')
  return <p>log rows</p>
}

// React and the boundary report caught errors on the console; keep the test output readable.
const quiet = () => vi.spyOn(console, 'error').mockImplementation(() => undefined)

describe('PanelBoundary', () => {
  it('shows which panel failed and why, keeps its neighbours, and renders anew on Try again', () => {
    const spy = quiet()
    fault.broken = true
    render(
      <>
        <PanelBoundary name="event log">
          <Fragile />
        </PanelBoundary>
        <p>device grid</p>
      </>,
    )
    const alert = screen.getByRole('alert')
    expect(alert.textContent).toContain('The event log stopped working')
    expect(alert.textContent).toContain('cannot read the temperature of undefined')
    expect(alert.textContent).toContain('the rest of the page carry on')
    expect(screen.getByText('device grid')).toBeTruthy()
    expect(screen.queryByRole('button', { name: 'Reload' })).toBeNull()
    fault.broken = false
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }))
    expect(screen.getByText('log rows')).toBeTruthy()
    expect(screen.queryByRole('alert')).toBeNull()
    spy.mockRestore()
  })

  it('resets by itself when a reset key changes, and offers Close when the panel can be dismissed', () => {
    const spy = quiet()
    fault.broken = true
    const dismissed = vi.fn()
    function Harness() {
      const [id, setId] = useState('a')
      return (
        <>
          <button type="button" onClick={() => setId('b')}>
            other device
          </button>
          <PanelBoundary name="device detail" placement="floating" resetKeys={[id]} onDismiss={dismissed}>
            <Fragile />
          </PanelBoundary>
        </>
      )
    }
    render(<Harness />)
    expect(screen.getByRole('alert').dataset.placement).toBe('floating')
    fireEvent.click(screen.getByRole('button', { name: 'Close' }))
    expect(dismissed).toHaveBeenCalledTimes(1)
    fault.broken = false
    fireEvent.click(screen.getByRole('button', { name: 'other device' }))
    expect(screen.getByText('log rows')).toBeTruthy()
    spy.mockRestore()
  })

  it('at page scope says dt-live stopped and offers a reload', () => {
    const spy = quiet()
    fault.broken = true
    render(
      <PanelBoundary name="dashboard" scope="page">
        <Fragile />
      </PanelBoundary>,
    )
    expect(screen.getByRole('alert').textContent).toContain('dt-live stopped working')
    expect(screen.getByRole('button', { name: 'Reload' })).toBeTruthy()
    spy.mockRestore()
  })
})

describe('describeRenderError', () => {
  it('explains a chunk that failed to download in each browser’s wording', () => {
    for (const message of [
      'Failed to fetch dynamically imported module: http://localhost:8080/assets/detail-charts-container-Bo69IcBe.js',
      'Importing a module script failed.',
      'error loading dynamically imported module',
    ]) {
      const text = describeRenderError(new TypeError(message))
      expect(text.summary).toBe('Part of the app could not be downloaded from the server.')
      expect(text.advice).toContain('reload the page')
    }
  })

  it('passes other errors through, whatever was thrown', () => {
    expect(describeRenderError(new Error('boom'))).toEqual({ summary: 'boom', raw: true })
    expect(describeRenderError('plain string')).toEqual({ summary: 'plain string', raw: true })
    expect(describeRenderError(42)).toEqual({ summary: 'unknown error', raw: true })
  })
})

describe('useRetryableLazy', () => {
  it('imports again on Try again after a failed download', async () => {
    const spy = quiet()
    let calls = 0
    const load = () => {
      calls++
      return calls === 1 ? Promise.reject(new TypeError('Failed to fetch dynamically imported module: /assets/charts.js')) : Promise.resolve(({ label }: { label: string }) => <p>{label}</p>)
    }
    function Charts() {
      const [Lazy, reload] = useRetryableLazy(load)
      return (
        <PanelBoundary name="charts" onReset={reload}>
          <Suspense fallback={<p>Loading charts…</p>}>
            <Lazy label="chart drawn" />
          </Suspense>
        </PanelBoundary>
      )
    }
    render(<Charts />)
    expect((await screen.findByRole('alert')).textContent).toContain('could not be downloaded')
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Try again' })))
    expect(await screen.findByText('chart drawn')).toBeTruthy()
    expect(calls).toBe(2)
    spy.mockRestore()
  })
})
