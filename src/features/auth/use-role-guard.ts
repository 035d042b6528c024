import Taro, { useDidShow } from '@tarojs/taro'
import { useEffect } from 'react'

import type { Role } from '@/api/contract/schemas/common'
import type { User } from '@/api/contract/schemas/enterprise'
import { useSessionStore } from '@/stores/session-store'

import { currentPageUrl, relaunch } from './navigation'
import { LOGIN_PAGE, ROLE_HOME } from './role-routes'

const ROLE_LABEL: Record<Role, string> = { owner: '企业主', specialist: '专员', admin: '管理员' }

/** Checks the session against the page's roles; sends a visitor to login and a wrong role home. */
function enforce(allowed: readonly Role[]): void {
  const { token, user, expire } = useSessionStore.getState()
  if (!token || !user) {
    expire(currentPageUrl())
    relaunch(LOGIN_PAGE)
    return
  }
  if (!allowed.includes(user.role)) {
    void Taro.showToast({
      title: `该页面仅限${allowed.map((role) => ROLE_LABEL[role]).join('、')}使用`,
      icon: 'none',
    })
    relaunch(ROLE_HOME[user.role])
  }
}

/**
 * A page's door: returns the signed-in user when their role may be here, null while they are being
 * sent elsewhere. Checked when the page opens and each time it shows again (tab pages stay mounted);
 * a session ending while the page is open is the session wiring's to handle, once for all pages.
 */
export function useRoleGuard(allowed: readonly Role[]): User | null {
  const token = useSessionStore((state) => state.token)
  const user = useSessionStore((state) => state.user)
  const key = allowed.join(',')
  // eslint-disable-next-line react-hooks/exhaustive-deps -- on open only; `key` stands for `allowed`
  useEffect(() => enforce(allowed), [key])
  useDidShow(() => enforce(allowed))
  return token && user && allowed.includes(user.role) ? user : null
}
