import { MILESTONE_SERVICE, deriveJourney } from '../../src/api/contract/rules/journey'
import type { Journey } from '../../src/api/contract/schemas/journey'
import type { ServiceRequest } from '../../src/api/contract/schemas/service-request'
import { requestAudience } from '../access'
import type { Emit } from '../context'
import type { Db } from '../db'

/** The enterprise's journey as of `now`, or undefined when it has none (not on a landing journey). */
export function journeyOf(db: Db, enterpriseId: string, now: Date): Journey | undefined {
  const record = db.journeys.get(enterpriseId)
  if (!record) return undefined
  const requests = [...db.requests.values()].filter((r) => r.enterpriseId === enterpriseId)
  return deriveJourney(record, requests, now)
}

/** Tells everyone who may see the enterprise that its journey moved. */
export function emitJourney(db: Db, enterpriseId: string, now: Date, emit: Emit): void {
  const journey = journeyOf(db, enterpriseId, now)
  if (journey) emit(requestAudience(db, { enterpriseId }), 'journey.updated', journey)
}

/** A completed request of a milestone's service may move the journey a step. */
export function afterRequestChange(db: Db, request: ServiceRequest, now: Date, emit: Emit): void {
  const isMilestoneService = Object.values(MILESTONE_SERVICE).includes(request.serviceType)
  if (request.status === 'completed' && isMilestoneService) emitJourney(db, request.enterpriseId, now, emit)
}
