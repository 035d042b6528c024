import type { Enterprise, User } from '../src/api/contract/schemas/enterprise'
import type { ServiceRequest } from '../src/api/contract/schemas/service-request'

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

/**
 * Who may read a request, the one rule behind the list, the detail and request.updated: the tenancy of
 * its enterprise. Both specialists of an enterprise read its requests (the liaison sees the service
 * specialist's work in the 工作台 and in chat cards); only the assignee acts on them.
 */
export function canReadRequest(db: Db, user: User, request: Pick<ServiceRequest, 'enterpriseId'>): boolean {
  return canSeeEnterprise(db, user, request.enterpriseId)
}

/** Who hears about a request: everyone who may read it. */
export function requestAudience(db: Db, request: Pick<ServiceRequest, 'enterpriseId'>): string[] {
  return [...db.users.values()].filter((u) => canReadRequest(db, u, request)).map((u) => u.id)
}
