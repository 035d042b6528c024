import Taro, { useDidShow } from '@tarojs/taro'
import { useEffect } from 'react'

import { LOGIN_PAGE, ROLE_HOME } from './role-routes'
import { currentPageUrl, relaunch } from './navigation'
import type { Role } from '@/api/schemas/common'
import type { User } from '@/api/schemas/enterprise'
import { useSessionStore } from '@/stores/session-store'

const ROLE_LABEL: Record<Role, string> = { owner: '企业主', specialist: '专员', admin: '管理员' }

/** Checks the session against the page's roles; sends a visitor to login and a wrong role home. */
function enforce(allowed: readonly Role[]): void {
  const { token, user, signOut } = useSessionStore.getState()
  if (!token || !user) {
    signOut(currentPageUrl())
    relaunch(LOGIN_PAGE)
    return
  }
  if (!allowed.includes(user.role)) {
    void Taro.showToast({ title: `该页面仅限${allowed.map((role) => ROLE_LABEL[role]).join('、')}使用`, icon: 'none' })
    relaunch(ROLE_HOME[user.role])
  }
}

/**
 * A page's door: returns the signed-in user when their role may be here, null while they are being
 * sent elsewhere. Checked on mount and on every show (tab pages stay mounted across a logout).
 */
export function useRoleGuard(allowed: readonly Role[]): User | null {
  const token = useSessionStore((state) => state.token)
  const user = useSessionStore((state) => state.user)
  const key = allowed.join(',')
  useEffect(() => enforce(key.split(',') as Role[]), [key, token, user])
  useDidShow(() => enforce(allowed))
  return token && user && allowed.includes(user.role) ? user : null
}
