import { daysBetween } from '../../src/api/contract/rules/journey'
import { isContactOverdue } from '../../src/api/contract/rules/visits'
import type { EnterpriseContact, Visit } from '../../src/api/contract/schemas/visit'
import { requestAudience } from '../access'
import type { Emit } from '../context'
import type { Db } from '../db'

/** Latest first; planned visits sort by their planned time like the others. */
export const newestVisitFirst = (a: Visit, b: Visit) =>
  b.visitedAt.localeCompare(a.visitedAt) || b.id.localeCompare(a.id)

export function visitsOfEnterprise(db: Db, enterpriseId: string): Visit[] {
  return [...db.visits.values()].filter((v) => v.enterpriseId === enterpriseId)
}

/** Last contact and next plan of one enterprise, by the service centre's rule. */
export function contactOf(db: Db, enterpriseId: string, now: Date): EnterpriseContact {
  const visits = visitsOfEnterprise(db, enterpriseId)
  const last = visits
    .filter((v) => v.status === 'done')
    .map((v) => v.visitedAt)
    .sort()
    .pop()
  const next = visits
    .filter((v) => v.status === 'planned' && daysBetween(v.visitedAt, now) === 0)
    .map((v) => v.visitedAt)
    .sort()[0]
  return {
    enterpriseId,
    lastVisitAt: last ?? null,
    nextPlannedAt: next ?? null,
    daysSinceContact: last ? daysBetween(last, now) : null,
    overdue: isContactOverdue(last ?? null, now, db.settings.contactRuleDays),
  }
}

export function emitVisit(db: Db, visit: Visit, emit: Emit): void {
  emit(requestAudience(db, visit), 'visit.updated', visit)
}
