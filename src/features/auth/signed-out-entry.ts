import { routes } from '@/navigation/routes'
import { useSessionStore } from '@/stores/session-store'

import { LOGIN_PAGE } from './role-routes'

/**
 * H5, before the router starts: a visit with no session to the site root (or 首页, the first page)
 * opens 登录 directly. Otherwise the router loads 首页's chunk and renders it, only for the guard to
 * send the visitor to 登录: a second page of downloads on a slow network. Deep links are left alone;
 * the guard takes them and login returns there.
 */
export function enterSignedOutAtLogin(): void {
  if (useSessionStore.getState().token) return
  const hash = window.location.hash.replace(/^#/, '')
  if (hash !== '' && hash !== '/' && hash !== routes.home()) return
  window.history.replaceState(
    window.history.state,
    '',
    `${window.location.pathname}${window.location.search}#${LOGIN_PAGE}`,
  )
}
