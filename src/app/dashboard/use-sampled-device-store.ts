import { useCallback, useSyncExternalStore } from 'react'
import { deviceStore, type DeviceStoreState } from '../../store'

/**
 * Selects from the hot device store but re-renders at most once per `intervalMs`. For figures
 * that change with every batch (event counts) where a once-a-second refresh reads just as live
 * and the store flushes up to 60 times a second. The selector must return stable values.
 */
export function useSampledDeviceStore<T>(selector: (state: DeviceStoreState) => T, intervalMs = 1000): T {
  const subscribe = useCallback(
    (notify: () => void) => {
      let timer: ReturnType<typeof setTimeout> | null = null
      const unsubscribe = deviceStore.subscribe(() => {
        timer ??= setTimeout(() => {
          timer = null
          notify()
        }, intervalMs)
      })
      return () => {
        unsubscribe()
        if (timer !== null) clearTimeout(timer)
      }
    },
    [intervalMs],
  )
  return useSyncExternalStore(subscribe, () => selector(deviceStore.getState()))
}
