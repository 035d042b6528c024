import type { PropsWithChildren } from 'react'
import { SWRConfig } from 'swr'
import { z } from 'zod'
// One locale, not zod's whole set of them.
import { zhCN } from 'zod/locales'

import { wireSession } from '@/features/auth/session-wiring'
import { wireChat } from '@/features/chat/chat-wiring'
import { wireKeyboardAccess } from '@/utils/keyboard-access'

import '@nutui/nutui-react-taro/dist/styles/themes/default.css'
import './app.scss'

wireSession()
wireChat()
wireKeyboardAccess()
// Form validation built on the contract's zod schemas speaks to users, so in Chinese.
z.config(zhCN())

/**
 * Server data goes through SWR: one request per key however many components ask, cached between
 * pages. Retries are the http client's job (it knows which calls are safe to repeat), not SWR's.
 */
const swrOptions = { revalidateOnFocus: false, shouldRetryOnError: false, dedupingInterval: 2000 }

function App({ children }: PropsWithChildren) {
  return <SWRConfig value={swrOptions}>{children}</SWRConfig>
}

export default App
