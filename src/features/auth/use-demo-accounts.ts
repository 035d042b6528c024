import useSWR from 'swr'

import type { DemoAccount } from '@/api/contract/schemas/auth'
import { getDemoAccounts } from '@/api/endpoints/auth'
import type { ApiError } from '@/api/http/api-error'

/**
 * The demo accounts a mock backend offers (in-process or served). A real backend answers 404 there:
 * `noDemo` tells the login page to offer WeChat login instead.
 */
export function useDemoAccounts() {
  const accounts = useSWR<DemoAccount[], ApiError>(['auth', 'demo-accounts'], () => getDemoAccounts())
  return { ...accounts, noDemo: accounts.error?.status === 404 }
}
