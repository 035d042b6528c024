import { useLayoutEffect, useRef } from 'react'

interface Anchor {
  id: string
  /** Pixels from the top of the scroll view to the top of the row, when last recorded. */
  offset: number
}

/**
 * H5 only: keeps the row at the top of the view where it was when a render adds or removes rows
 * above it (older history arriving, the window sliding up). Chromium's own scroll anchoring does not
 * help at scrollTop 0, where history loads, and Safari has none. `record` runs on every scroll; the
 * correction runs after every render, before the browser paints.
 */
export function useScrollAnchor(enabled: boolean) {
  const scroller = useRef<HTMLElement | null>(null)
  const anchor = useRef<Anchor | null>(null)

  const record = () => {
    const box = scroller.current
    if (!enabled || !box) return
    const top = box.getBoundingClientRect().top
    for (const row of box.querySelectorAll<HTMLElement>('.message-list__item')) {
      const rect = row.getBoundingClientRect()
      if (rect.bottom > top) {
        anchor.current = { id: row.id, offset: rect.top - top }
        return
      }
    }
  }

  useLayoutEffect(() => {
    const box = scroller.current
    const held = anchor.current
    if (!enabled || !box || !held) return
    const row = box.querySelector<HTMLElement>(`#${held.id}`)
    if (!row) return
    const drift = row.getBoundingClientRect().top - box.getBoundingClientRect().top - held.offset
    if (Math.abs(drift) >= 1) box.scrollTop += drift
  })

  return { scroller, record }
}
