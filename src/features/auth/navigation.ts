import Taro from '@tarojs/taro'

/** The page on top of the stack as a URL ('/pages/x/index?id=1'), to come back to after login. */
export function currentPageUrl(): string | undefined {
  const pages = Taro.getCurrentPages()
  const page = pages[pages.length - 1]
  if (!page?.route) return undefined
  const route = page.route.startsWith('/') ? page.route : `/${page.route}`
  const query = Object.entries((page.options ?? {}) as Record<string, string>)
    .filter(([key]) => !key.startsWith('$'))
    .map(([key, value]) => `${key}=${encodeURIComponent(value)}`)
    .join('&')
  return query ? `${route}?${query}` : route
}

/** Starts over on a page: clears the stack, works for tab pages and others alike. */
export function relaunch(url: string): void {
  void Taro.reLaunch({ url })
}
