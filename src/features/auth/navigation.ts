import Taro from '@tarojs/taro'

import { relaunch as relaunchTo } from '@/navigation/go'
import { toPageUrl, type PageUrl } from '@/navigation/routes'

/** The page on top of the stack as a URL, to come back to after login. */
export function currentPageUrl(): PageUrl | undefined {
  let pages: Taro.Page[]
  try {
    pages = Taro.getCurrentPages()
  } catch {
    return undefined // no router yet (app start, tests): nowhere to return to
  }
  const page = pages[pages.length - 1]
  if (!page?.route) return undefined
  return toPageUrl(page.route, (page.options ?? {}) as Record<string, string>)
}

let relaunching: string | null = null

/**
 * Starts over on a page: clears the stack, works for tab pages and others alike. A second call for
 * the same page while the first is under way (a guard on open and on show) does nothing.
 */
export function relaunch(url: PageUrl): void {
  if (relaunching === url) return
  relaunching = url
  void relaunchTo(url)
    .catch(() => undefined)
    .finally(() => {
      relaunching = null
    })
}
