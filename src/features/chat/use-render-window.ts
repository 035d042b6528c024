import { useEffect, useRef, useState } from 'react'

import type { ChatItem } from './use-chat-room'

/** At most this many messages are rendered, however many are loaded (the seeded room has 2,000). */
export const WINDOW = 60
const STEP = 20

export const domIdOf = (key: string) => `msg-${key.replace(/[^a-zA-Z0-9_-]/g, '_')}`

interface Scroll {
  top: number
  intoView?: string
}

/**
 * The bounded render window over the loaded messages and where the scroll view should be. `topKey`
 * null: the window sits at the newest message and follows it. Moving the window keeps the message the
 * user is reading where it was: in WeChat through scroll-into-view (the view puts it at the top); with
 * `anchored` (H5) the list restores its own scroll offset around the rows in view (see
 * useScrollAnchor), because H5's scroll-into-view centres the row and so moves what is being read.
 */
export function useRenderWindow(
  items: ChatItem[],
  userId: string,
  hasOlder: boolean,
  loadOlder: () => Promise<void>,
  anchored = false,
) {
  const [topKey, setTopKey] = useState<string | null>(null)
  const [scroll, setScroll] = useState<Scroll>({ top: 1_000_000 })
  const [unseen, setUnseen] = useState(0)
  const atBottom = useRef(true)
  const loadingOlder = useRef(false)
  const keepInView = useRef<string | null>(null)
  const lastKey = items[items.length - 1]?.key
  const lastKeyRef = useRef(lastKey)

  const found = topKey ? items.findIndex((item) => item.key === topKey) : -1
  const start = found >= 0 ? found : Math.max(0, items.length - WINDOW)
  const end = Math.min(items.length, start + WINDOW)

  const toBottom = () => {
    setTopKey(null)
    setUnseen(0)
    atBottom.current = true
    setScroll((previous) => ({ top: previous.top + 1 }))
  }

  // A new last message: follow it when the user is at the bottom, or count it for the pill. Counted
  // from the previous last one, since older pages loaded in front also make the list longer.
  useEffect(() => {
    const previous = lastKeyRef.current
    lastKeyRef.current = lastKey
    if (!lastKey || !previous || previous === lastKey) return
    const at = items.findIndex((item) => item.key === previous)
    const added = at >= 0 ? items.length - 1 - at : 1
    const last = items[items.length - 1]
    if (atBottom.current || last?.senderId === userId) toBottom()
    else setUnseen((count) => count + added)
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the newest message changes
  }, [lastKey])

  // Older history arrived in front: slide the window up over it, keeping the same message in view.
  useEffect(() => {
    const key = keepInView.current
    if (!key) return
    const index = items.findIndex((item) => item.key === key)
    if (index <= 0) return
    keepInView.current = null
    setTopKey(items[Math.max(0, index - STEP)]?.key ?? null)
    if (!anchored) setScroll((previous) => ({ ...previous, intoView: domIdOf(key) }))
  }, [items, anchored])

  const onUpper = () => {
    const first = items[start]
    if (!first) return
    if (start > 0) {
      setTopKey(items[Math.max(0, start - STEP)]?.key ?? null)
      if (!anchored) setScroll((previous) => ({ ...previous, intoView: domIdOf(first.key) }))
    } else if (hasOlder && !loadingOlder.current) {
      loadingOlder.current = true
      keepInView.current = first.key
      void loadOlder()
        .catch(() => undefined)
        .finally(() => (loadingOlder.current = false))
    }
  }

  const onLower = () => {
    if (end >= items.length) {
      atBottom.current = true
      setUnseen(0)
      return
    }
    const next = start + STEP
    const lastShown = items[end - 1]
    setTopKey(next + WINDOW >= items.length ? null : (items[next]?.key ?? null))
    if (lastShown && !anchored) setScroll((previous) => ({ ...previous, intoView: domIdOf(lastShown.key) }))
  }

  const onScroll = (scrollTop: number, scrollHeight: number, viewHeight: number) => {
    const bottom = end >= items.length && scrollHeight - scrollTop - viewHeight < 120
    atBottom.current = bottom
    if (bottom) setUnseen(0)
    // Leaving the bottom pins the window, so new messages don't slide the one being read.
    else if (topKey === null && items[start]) setTopKey(items[start].key)
  }

  return {
    start,
    end,
    scroll,
    unseen,
    onUpper,
    onLower,
    onScroll,
    toBottom,
  }
}
