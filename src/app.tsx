import type { PropsWithChildren } from 'react'
import { SWRConfig } from 'swr'

import { configureHome } from '@/components/go-back'
import { wirePageHeader } from '@/components/page-header'
import { wirePageLoadErrors } from '@/components/page-load-error'
import { LOGIN_PAGE, ROLE_HOME } from '@/features/auth/role-routes'
import { wireSession } from '@/features/auth/session-wiring'
import { enterSignedOutAtLogin } from '@/features/auth/signed-out-entry'
import { wireChat } from '@/features/chat/chat-wiring'
import { roleTabPages } from '@/features/session/role-tabs'
import { pageNameOf } from '@/navigation/routes'
import { useSessionStore } from '@/stores/session-store'
import { wireKeyboardAccess } from '@/utils/keyboard-access'

import '@nutui/nutui-react-taro/dist/styles/themes/default.css'
import './app.scss'

wireSession()
wireChat()
wireKeyboardAccess()
// 返回 on a page opened on its own goes to the signed-in role's home.
configureHome(() => {
  const role = useSessionStore.getState().user?.role
  return role ? ROLE_HOME[role] : LOGIN_PAGE
})
if (process.env.TARO_ENV === 'h5') {
  // H5 only; WeChat draws its navigation bar and loads page packages itself.
  // Pages that start a stack: login, each role's home, and the specialist's and admin's own tabs.
  const roots = new Set([
    ...[LOGIN_PAGE, ...Object.values(ROLE_HOME)].map((url) => pageNameOf(url)),
    ...roleTabPages('specialist'),
    ...roleTabPages('admin'),
  ])
  wirePageHeader({ isRoot: (page) => roots.has(page) })
  wirePageLoadErrors()
  // A signed-out visit to the root opens 登录 first, not 首页 and then a redirect.
  enterSignedOutAtLogin()
}
// zod's Chinese messages are set where forms validate (api/contract/zod-locale), so zod is not in the first
// download.

/**
 * Server data goes through SWR: one request per key however many components ask, cached between
 * pages. Retries are the http client's job (it knows which calls are safe to repeat), not SWR's.
 */
const swrOptions = { revalidateOnFocus: false, shouldRetryOnError: false, dedupingInterval: 2000 }

function App({ children }: PropsWithChildren) {
  return <SWRConfig value={swrOptions}>{children}</SWRConfig>
}

export default App
