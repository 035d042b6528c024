import type { PageName } from '@/navigation/pages'

/** What the page header needs to know of the session, passed in so this leaf imports no feature. */
export interface PageHeaderOptions {
  /** Pages that start a stack of their own (login, each role's home): no 返回/首页 button on them. */
  isRoot: (page: PageName) => boolean
}

/**
 * WeChat: the native navigation bar already draws the title (page config and setNavigationBarTitle),
 * 返回 and 返回首页, so there is nothing to do. H5 has its own version of this file (page-header.h5.ts),
 * which Taro picks for the H5 build.
 */
export function wirePageHeader(options: PageHeaderOptions): void {
  void options
}
