import Taro from '@tarojs/taro'

import { configureApiClient } from '@/api/http/http-client'
import { realtime } from '@/api/realtime/realtime'
import { useSessionStore } from '@/stores/session-store'

import { currentPageUrl, relaunch } from './navigation'
import { LOGIN_PAGE } from './role-routes'

/**
 * Ties the session to the client layer once, at app start: calls carry its token, a 401 ends it and
 * sends the user to log in (returning to this page afterwards), and the realtime socket follows it.
 */
export function wireSession(): void {
  configureApiClient({
    getToken: () => useSessionStore.getState().token ?? undefined,
    onUnauthorized: () => {
      if (!useSessionStore.getState().token) return
      useSessionStore.getState().expire(currentPageUrl())
      void Taro.showToast({ title: '登录已过期，请重新登录', icon: 'none' })
    },
  })
  const follow = (token: string | null) => (token ? realtime.connect(token) : realtime.disconnect())
  follow(useSessionStore.getState().token)
  useSessionStore.subscribe((state, previous) => {
    if (state.token === previous.token) return
    follow(state.token)
    // However it ended (退出登录 or a 401), one navigation to login, not one per mounted page.
    if (!state.token) relaunch(LOGIN_PAGE)
  })
}
