import { lazy, useCallback, useState, type ComponentType, type LazyExoticComponent } from 'react'

/**
 * A lazily loaded component that can be loaded again. React.lazy remembers a failed import for
 * good, so after a network blip "Try again" would fail at once; `retry` swaps in a fresh lazy
 * component that imports anew.
 */
export function useRetryableLazy<P extends object>(load: () => Promise<ComponentType<P>>): [LazyExoticComponent<ComponentType<P>>, () => void] {
  const make = useCallback(() => lazy(() => load().then((component) => ({ default: component }))), [load])
  const [component, setComponent] = useState(make)
  const retry = useCallback(() => setComponent(() => make()), [make])
  return [component, retry]
}
