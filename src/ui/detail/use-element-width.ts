import { useCallback, useState, type RefCallback } from 'react'

/**
 * The content width of an element, kept current with a ResizeObserver. Charts size themselves
 * from it instead of recharts' ResponsiveContainer, because the width also sets how many points
 * they downsample to. Stays 0 where ResizeObserver is missing (jsdom): pass a fixed width there.
 */
export function useElementWidth<T extends HTMLElement>(): [RefCallback<T>, number] {
  const [width, setWidth] = useState(0)
  const ref = useCallback((el: T | null) => {
    if (!el || typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver((entries) => {
      const w = Math.floor(entries[0]?.contentRect.width ?? 0)
      setWidth((prev) => (prev === w ? prev : w))
    })
    observer.observe(el)
    // React 19 runs a ref callback's returned cleanup when the element goes away.
    return () => observer.disconnect()
  }, [])
  return [ref, width]
}
