import { isSatisfied } from '../../../src/api/contract/rules/rating'
import type { Measures } from '../../../src/api/contract/schemas/figures'
import type { RequestStatus, ServiceRequest } from '../../../src/api/contract/schemas/service-request'
import type { Visit } from '../../../src/api/contract/schemas/visit'
import type { FollowUpRow } from '../follow-ups'

import { inPeriod, type Period } from './month'
import { workingHoursBetween } from './working-hours'

const OPEN: ReadonlySet<RequestStatus> = new Set([
  'submitted',
  'accepted',
  'in_progress',
  'awaiting_materials',
])

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits
const ratio = (part: number, whole: number) => (whole ? round(part / whole, 4) : null)
const mean = (values: number[], digits: number) =>
  values.length ? round(values.reduce((a, b) => a + b, 0) / values.length, digits) : null

/** When the assignee first accepted it (the first response), if they did. */
export const acceptedAt = (request: ServiceRequest): string | undefined =>
  request.timeline.find((event) => event.action === 'accept')?.at

/** Submitted → accepted in working hours, or null while not accepted. */
export function responseHours(request: ServiceRequest): number | null {
  const accepted = acceptedAt(request)
  return accepted ? round(workingHoursBetween(new Date(request.createdAt), new Date(accepted)), 2) : null
}

export const ratedAt = (request: ServiceRequest): string | undefined =>
  request.rating ? request.timeline.find((event) => event.action === 'rate')?.at : undefined

/** The status the timeline says the request had at `cut` (undefined before it was made). */
export function statusAt(request: ServiceRequest, cut: Date): RequestStatus | undefined {
  let status: RequestStatus | undefined
  for (const event of request.timeline) {
    if (Date.parse(event.at) > cut.getTime()) break
    status = event.toStatus
  }
  return status
}

/** Past its due date and not finished at `cut`. */
export function overdueOpenAt(request: ServiceRequest, cut: Date): boolean {
  const status = statusAt(request, cut)
  return status !== undefined && OPEN.has(status) && Date.parse(request.dueAt) < cut.getTime()
}

/**
 * Whether a follow-up was owed and not yet made at `cut`: past its deadline and either still pending
 * or recorded only after `cut`. (A second round's earlier history is not kept; the board cares about
 * what is late now and at each month's end.)
 */
export function followUpOverdueAt(row: FollowUpRow, cut: Date): boolean {
  if (Date.parse(row.createdAt) > cut.getTime() || Date.parse(row.dueAt) >= cut.getTime()) return false
  if (row.status === 'pending') return true
  return row.status === 'recorded' && !!row.record && Date.parse(row.record.recordedAt) > cut.getTime()
}

/** The moment a month's figures are taken: its end, or now for the month still running. */
export const cutOf = (period: Period, now: Date) => (period.to.getTime() < now.getTime() ? period.to : now)

/** Visits made (not merely planned) in the month, up to `cut`: a visit planned for later is not yet made. */
export const visitsMadeIn = (visits: readonly Visit[], period: Period, cut: Date) =>
  visits.filter(
    (v) => v.status === 'done' && inPeriod(v.visitedAt, period) && Date.parse(v.visitedAt) <= cut.getTime(),
  ).length

/**
 * One set of measures over `requests` (already narrowed to a specialist, a type or the centre) for one
 * month. Each measure counts by its own date: received by createdAt, completed by completedAt, ratings
 * by when they were given; overdue by the state at the month's end. `visits` (narrowed the same way) is
 * null where visits do not apply (a service type: a visit is about an enterprise, not one service).
 */
export function measure(
  requests: readonly ServiceRequest[],
  followUps: readonly FollowUpRow[],
  period: Period,
  now: Date,
  visits: readonly Visit[] | null = null,
): Measures {
  const cut = cutOf(period, now)
  const received = requests.filter((r) => inPeriod(r.createdAt, period))
  const hours = received.map(responseHours).filter((h): h is number => h !== null)
  const completed = requests.filter((r) => inPeriod(r.completedAt, period))
  const onTime = completed.filter((r) => Date.parse(r.completedAt ?? '') <= Date.parse(r.dueAt))
  const scores = requests.filter((r) => inPeriod(ratedAt(r), period)).map((r) => r.rating?.score ?? 0)
  const ids = new Set(requests.map((r) => r.id))
  return {
    received: received.length,
    responded: hours.length,
    avgResponseHours: mean(hours, 1),
    completed: completed.length,
    onTime: onTime.length,
    onTimeRate: ratio(onTime.length, completed.length),
    overdueOpen: requests.filter((r) => overdueOpenAt(r, cut)).length,
    rated: scores.length,
    avgRating: mean(scores, 2),
    satisfiedRate: ratio(scores.filter(isSatisfied).length, scores.length),
    followUpsOverdue: followUps.filter((f) => ids.has(f.requestId) && followUpOverdueAt(f, cut)).length,
    visitsMade: visits ? visitsMadeIn(visits, period, cut) : null,
  }
}
