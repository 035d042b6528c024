import type { Enterprise, User } from '../src/api/contract/schemas/enterprise'

import type { Db } from './db'

/** Tenancy: an owner its own enterprise, a specialist the enterprises it serves, an admin all. */
export function canSeeEnterprise(db: Db, user: User, enterpriseId: string): boolean {
  if (user.role === 'admin') return true
  if (user.role === 'owner') return user.enterpriseId === enterpriseId
  const enterprise = db.enterprises.get(enterpriseId)
  return enterprise?.specialistIds.service === user.id || enterprise?.specialistIds.liaison === user.id
}

export function enterprisesOf(db: Db, specialistId: string): Enterprise[] {
  return [...db.enterprises.values()].filter(
    (e) => e.specialistIds.service === specialistId || e.specialistIds.liaison === specialistId,
  )
}

export function ownerIdsOf(db: Db, enterpriseId: string): string[] {
  return [...db.users.values()]
    .filter((u) => u.role === 'owner' && u.enterpriseId === enterpriseId)
    .map((u) => u.id)
}

export function userIdsWithRole(db: Db, ...roles: User['role'][]): string[] {
  return [...db.users.values()].filter((u) => roles.includes(u.role)).map((u) => u.id)
}

/** Who hears about a request: the enterprise's owners and both of its specialists. */
export function requestAudience(db: Db, enterpriseId: string): string[] {
  const enterprise = db.enterprises.get(enterpriseId)
  const specialists = enterprise ? [enterprise.specialistIds.service, enterprise.specialistIds.liaison] : []
  return [...ownerIdsOf(db, enterpriseId), ...specialists]
}
