import Taro from '@tarojs/taro'

import { relaunch } from '@/navigation/go'
import type { PageUrl } from '@/navigation/routes'

// The role's home depends on the session, which this shared leaf may not import: the app says where
// it is once, at start (app.tsx), as the api client is told where its token is.
let home: () => PageUrl | undefined = () => undefined

export function configureHome(next: () => PageUrl | undefined): void {
  home = next
}

export function homeUrl(): PageUrl | undefined {
  return home()
}

function stackDepth(): number {
  try {
    return Taro.getCurrentPages().length
  } catch {
    return 0 // no router (unit tests)
  }
}

/** 返回: the page below, or the role's home when this page was opened on its own (a link, a reload). */
export function goBack(): void {
  if (stackDepth() > 1) {
    void Taro.navigateBack().catch(() => undefined)
    return
  }
  const url = home()
  if (url) void relaunch(url).catch(() => undefined)
}
