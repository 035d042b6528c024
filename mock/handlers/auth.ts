import type { DemoAccount, Me } from '../../src/api/contract/schemas/auth'
import type { User } from '../../src/api/contract/schemas/enterprise'
import { enterprisesOf } from '../access'
import type { Handlers } from '../context'
import type { Db } from '../db'
import { HttpError, notFound } from '../errors'

/** Demo tokens are a pure function of the user, so a session survives POST /__mock/reset. */
export const TOKEN_PREFIX = 'demo-'
export const tokenFor = (userId: string) => `${TOKEN_PREFIX}${userId}`

export function userIdForToken(db: Db, token: string): string | undefined {
  if (!token.startsWith(TOKEN_PREFIX)) return undefined
  const userId = token.slice(TOKEN_PREFIX.length)
  return db.users.has(userId) ? userId : undefined
}

const ROLE_ORDER: Record<User['role'], number> = { owner: 0, specialist: 1, admin: 2 }

export const authHandlers = {
  /**
   * The mock has no WeChat code2Session: a code `demo:<userId>` logs in as that user, any other code
   * as the first owner (程飞 of 重庆飞快通航科技有限公司).
   */
  loginWechat: ({ db, body }) => {
    const wanted = body.code.startsWith('demo:') ? body.code.slice(5) : 'usr-owner-01'
    const user = db.users.get(wanted)
    if (!user) throw new HttpError(401, 'UNAUTHENTICATED', '微信登录失败，请重试')
    return { token: tokenFor(user.id), user }
  },
  getDemoAccounts: ({ db }) =>
    [...db.users.values()]
      .sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || a.id.localeCompare(b.id))
      .map((u) => {
        const account: DemoAccount = { userId: u.id, name: u.name, role: u.role }
        if (u.kind) account.kind = u.kind
        const enterprise = u.enterpriseId ? db.enterprises.get(u.enterpriseId) : undefined
        if (enterprise) account.enterpriseName = enterprise.name
        return account
      }),
  loginDemo: ({ db, body }) => {
    const user = db.users.get(body.userId)
    if (!user) throw notFound('演示账号不存在')
    return { token: tokenFor(user.id), user }
  },
  getMe: ({ db, user }) => {
    const me: Me = { user }
    if (user.role === 'owner' && user.enterpriseId) {
      const enterprise = db.enterprises.get(user.enterpriseId)
      if (enterprise) {
        me.enterprise = enterprise
        me.specialists = [enterprise.specialistIds.service, enterprise.specialistIds.liaison]
          .map((id) => db.users.get(id))
          .filter((u): u is User => Boolean(u))
      }
    }
    if (user.role === 'specialist') me.enterprises = enterprisesOf(db, user.id)
    return me
  },
  resetMock: ({ reset }) => {
    reset()
    return { ok: true as const }
  },
} satisfies Pick<Handlers, 'loginWechat' | 'getDemoAccounts' | 'loginDemo' | 'getMe' | 'resetMock'>
