import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'

import type { Session } from '@/api/contract/schemas/auth'
import type { User } from '@/api/contract/schemas/enterprise'
import { taroStorage } from '@/utils/taro-storage'

interface SessionState {
  token: string | null
  user: User | null
  /** The page a 401 or a guard took the user away from; login sends them back there. */
  returnTo: string | null
  /** The user logged out on purpose: nothing to return to. Not persisted. */
  loggedOut: boolean
  signIn: (session: Session) => void
  /** The user's own 退出登录. */
  logOut: () => void
  /** The session ended under the user (a 401, or none at all): come back to `returnTo` after login. */
  expire: (returnTo?: string) => void
  takeReturnTo: () => string | null
}

/** Who is using the phone. Persisted (token and user only), so a restart doesn't mean logging in again. */
export const useSessionStore = create<SessionState>()(
  persist(
    (set, get) => ({
      token: null,
      user: null,
      returnTo: null,
      loggedOut: false,
      signIn: ({ token, user }) => set({ token, user, loggedOut: false }),
      logOut: () => set({ token: null, user: null, returnTo: null, loggedOut: true }),
      expire: (returnTo) =>
        set((state) => ({
          token: null,
          user: null,
          returnTo: state.loggedOut ? null : (returnTo ?? state.returnTo),
        })),
      takeReturnTo: () => {
        const { returnTo } = get()
        set({ returnTo: null })
        return returnTo
      },
    }),
    {
      name: 'qfgj-session',
      version: 1,
      storage: createJSONStorage(() => taroStorage),
      partialize: ({ token, user, returnTo }) => ({ token, user, returnTo }),
    },
  ),
)
