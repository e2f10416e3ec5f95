import type { EnvironmentChange, StreamEnvironment } from '../types'

/** A StreamEnvironment whose visibility and connectivity the test flips. */
export function createFakeEnvironment(initial: { visible?: boolean; online?: boolean } = {}) {
  let visible = initial.visible ?? true
  let online = initial.online ?? true
  const listeners = new Set<(change: EnvironmentChange) => void>()
  const environment: StreamEnvironment = {
    isVisible: () => visible,
    isOnline: () => online,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
  return {
    environment,
    listeners: () => listeners.size,
    emit(change: EnvironmentChange) {
      if (change === 'visible' || change === 'hidden') visible = change === 'visible'
      else online = change === 'online'
      for (const l of [...listeners]) l(change)
    },
  }
}
