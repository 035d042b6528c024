import type { DemoAccount } from '@/api/contract/schemas/auth'
import type { Role } from '@/api/contract/schemas/common'
import { getDemoAccounts, loginDemo } from '@/api/endpoints/auth'
import { useSessionStore } from '@/stores/session-store'

/** Logs in through the real (in-process mock) backend as the first demo account that fits. */
export async function signInAs(role: Role, pick: (account: DemoAccount) => boolean = () => true) {
  const account = (await getDemoAccounts()).find((candidate) => candidate.role === role && pick(candidate))
  if (!account) throw new Error(`no demo account for ${role}`)
  const session = await loginDemo(account.userId)
  useSessionStore.getState().signIn(session)
  return { ...session.user, account }
}
