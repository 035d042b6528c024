import Taro from '@tarojs/taro'
import { useEffect, useRef } from 'react'

/** Taro's default onReachBottomDistance, in px. */
const DISTANCE = 50

/**
 * H5: calls `onReachBottom` when the page is scrolled to its end. Taro's H5 reach-bottom asks once and
 * arms again only after a scroll event away from the end; once a page has been appended, a jump
 * straight to the new end (the End key, dragging the scrollbar, a long wheel) is a single scroll event
 * at the end, so it never asked again: 我的申请 stopped at 41 of 200 cards. This asks at the end
 * whenever the page has grown since it last asked (or has been scrolled away from the end since).
 */
export function useReachBottom(onReachBottom: () => void): void {
  const latest = useRef(onReachBottom)
  latest.current = onReachBottom
  useEffect(() => {
    // The page's element carries its path as id; it scrolls, unless the page uses the window's scroll.
    const path = Taro.getCurrentInstance().page?.path
    if (!path) return undefined
    let askedAtHeight = -1
    const onScroll = (event: Event) => {
      const target = event.target
      const scroller =
        target instanceof HTMLElement
          ? target.id === path
            ? target
            : undefined
          : Taro.getCurrentInstance().page?.path === path
            ? document.scrollingElement
            : undefined
      if (!scroller) return
      if (scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight >= DISTANCE) {
        askedAtHeight = -1
        return
      }
      if (scroller.scrollHeight === askedAtHeight) return
      askedAtHeight = scroller.scrollHeight
      latest.current()
    }
    // Scroll events don't bubble: the capture phase on document sees the page element's too.
    document.addEventListener('scroll', onScroll, true)
    return () => document.removeEventListener('scroll', onScroll, true)
  }, [])
}
