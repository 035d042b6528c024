import Taro from '@tarojs/taro'
import { useState } from 'react'

import type { Session } from '@/api/contract/schemas/auth'
import { loginDemo, loginWechat } from '@/api/endpoints/auth'
import { notifyError } from '@/components/notify'
import { toPageUrl } from '@/navigation/routes'
import { useSessionStore } from '@/stores/session-store'

import { relaunch } from './navigation'
import { canOpen, ROLE_HOME } from './role-routes'

/** After login: back where a guard or a 401 took the user from, if their role may be there. */
function landAfterLogin(session: Session): void {
  const store = useSessionStore.getState()
  store.signIn(session)
  const taken = store.takeReturnTo()
  const returnTo = taken ? toPageUrl(taken) : undefined
  relaunch(returnTo && canOpen(session.user.role, returnTo) ? returnTo : ROLE_HOME[session.user.role])
}

/** Login actions with one pending marker, so a second tap while the first runs does nothing. */
export function useLogin() {
  const [pending, setPending] = useState<string | null>(null)

  const run = async (marker: string, login: () => Promise<Session>) => {
    if (pending) return
    setPending(marker)
    try {
      landAfterLogin(await login())
    } catch (error) {
      notifyError(error)
    } finally {
      setPending(null)
    }
  }

  return {
    pending,
    loginAs: (userId: string) => run(userId, () => loginDemo(userId)),
    loginWithWechat: () =>
      run('wechat', async () => {
        const { code } = await Taro.login()
        return loginWechat({ code })
      }),
  }
}
