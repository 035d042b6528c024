import Taro from '@tarojs/taro'

/** The page on top of the stack as a URL ('/pages/x/index?id=1'), to come back to after login. */
export function currentPageUrl(): string | undefined {
  let pages: Taro.Page[]
  try {
    pages = Taro.getCurrentPages()
  } catch {
    return undefined // no router yet (app start, tests): nowhere to return to
  }
  const page = pages[pages.length - 1]
  if (!page?.route) return undefined
  const route = page.route.startsWith('/') ? page.route : `/${page.route}`
  const query = Object.entries((page.options ?? {}) as Record<string, string>)
    .filter(([key]) => !key.startsWith('$'))
    .map(([key, value]) => `${key}=${encodeURIComponent(value)}`)
    .join('&')
  return query ? `${route}?${query}` : route
}

let relaunching: string | null = null

/**
 * Starts over on a page: clears the stack, works for tab pages and others alike. A second call for
 * the same page while the first is under way (a guard on open and on show) does nothing.
 */
export function relaunch(url: string): void {
  if (relaunching === url) return
  relaunching = url
  void Taro.reLaunch({ url })
    .catch(() => undefined)
    .finally(() => {
      relaunching = null
    })
}
