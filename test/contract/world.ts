import type { DemoAccount } from '../../src/api/contract/schemas/auth'
import type { Enterprise, User } from '../../src/api/contract/schemas/enterprise'

import type { Api } from './client'

/** A logged-in person, with what GET /me says about them. */
export interface Actor {
  token: string
  user: User
  enterprise?: Enterprise
  specialists?: User[]
}

export interface Owner extends Actor {
  enterprise: Enterprise
  specialists: User[]
}

/**
 * The people of the seed world, found through the demo-login routes (never by hard-coded ids) and logged
 * in on first use. Sessions are kept for the whole run: a reset restores data, not who exists.
 */
export interface World {
  accounts(): Promise<DemoAccount[]>
  owners(count: number): Promise<Owner[]>
  owner(index?: number): Promise<Owner>
  /** The service specialist of an owner's enterprise (the one requests are assigned to). */
  serviceSpecialistOf(owner: Owner): Promise<Actor>
  liaisonOf(owner: Owner): Promise<Actor>
  /** A specialist serving neither of the owner's enterprise pair. */
  strangerSpecialistTo(owner: Owner): Promise<Actor>
  /** An owner of another enterprise than `owner`'s. */
  otherOwnerThan(owner: Owner): Promise<Owner>
  admin(): Promise<Actor>
  login(userId: string): Promise<Actor>
}

export function createWorld(api: Api): World {
  let accounts: Promise<DemoAccount[]> | undefined
  const sessions = new Map<string, Promise<Actor>>()

  const loadAccounts = () => {
    accounts ??= api
      .anonymous()
      .get('/auth/demo-accounts')
      .then((res) => {
        if (res.status !== 200) throw new Error(`GET /auth/demo-accounts → ${res.status}`)
        return res.body as DemoAccount[]
      })
    return accounts
  }

  const login = (userId: string): Promise<Actor> => {
    let session = sessions.get(userId)
    if (!session) {
      session = (async () => {
        const res = await api.anonymous().post('/auth/demo', { userId })
        if (res.status !== 200) throw new Error(`POST /auth/demo ${userId} → ${res.status}`)
        const token = res.body.token as string
        const me = await api.as(token).get('/me')
        if (me.status !== 200) throw new Error(`GET /me as ${userId} → ${me.status}`)
        return { token, ...me.body } as Actor
      })()
      sessions.set(userId, session)
    }
    return session
  }

  const byRole = async (role: DemoAccount['role']) => (await loadAccounts()).filter((a) => a.role === role)

  const owners = async (count: number) => {
    const found = (await byRole('owner')).slice(0, count)
    if (found.length < count) throw new Error(`the seed has ${found.length} owners, the test needs ${count}`)
    return (await Promise.all(found.map((a) => login(a.userId)))) as Owner[]
  }

  const pick = async (userId: string | undefined, what: string) => {
    if (!userId) throw new Error(`no ${what}`)
    return login(userId)
  }

  return {
    accounts: loadAccounts,
    owners,
    owner: async (index = 0) => {
      const list = await owners(index + 1)
      return list[index] as Owner
    },
    serviceSpecialistOf: (owner) => pick(owner.enterprise.specialistIds.service, 'service specialist'),
    liaisonOf: (owner) => pick(owner.enterprise.specialistIds.liaison, 'liaison'),
    strangerSpecialistTo: async (owner) => {
      const mine = Object.values(owner.enterprise.specialistIds)
      const stranger = (await byRole('specialist')).find((a) => !mine.includes(a.userId))
      return pick(stranger?.userId, 'specialist unrelated to the owner')
    },
    otherOwnerThan: async (owner) => {
      for (const account of await byRole('owner')) {
        const other = (await login(account.userId)) as Owner
        if (other.enterprise?.id !== owner.enterprise.id) return other
      }
      throw new Error('no owner of another enterprise')
    },
    admin: async () => pick((await byRole('admin'))[0]?.userId, 'admin'),
    login,
  }
}
