import Taro from '@tarojs/taro'

import { isTabUrl, type PageUrl } from './routes'

// WeChat opens a tab page only with switchTab (navigateTo and redirectTo fail on one), and switchTab
// carries no query: the module picks, so no caller has to know which pages are tabs.

/** Opens a page on top of this one (a tab: switches to it). */
export function go(url: PageUrl): Promise<unknown> {
  return isTabUrl(url) ? Taro.switchTab({ url: url.split('?')[0] ?? url }) : Taro.navigateTo({ url })
}

/** Replaces this page with another (a tab: switches to it), so 返回 skips the one left. */
export function replace(url: PageUrl): Promise<unknown> {
  return isTabUrl(url) ? Taro.switchTab({ url: url.split('?')[0] ?? url }) : Taro.redirectTo({ url })
}

/** Starts over on a page: clears the stack; works for tab pages and others alike. */
export function relaunch(url: PageUrl): Promise<unknown> {
  return Taro.reLaunch({ url })
}
