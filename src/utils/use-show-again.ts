import { useDidShow } from '@tarojs/taro'
import { useRef } from 'react'

/**
 * Runs each time a page shows again (back from a page on top, or a tab revisited), not on its first
 * show: the page's own load covers that, and running then too would fetch everything twice.
 */
export function useShowAgain(callback: () => void): void {
  const shown = useRef(false)
  useDidShow(() => {
    if (shown.current) callback()
    shown.current = true
  })
}
