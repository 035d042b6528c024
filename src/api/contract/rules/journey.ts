import type { Journey, Milestone, MilestoneCode } from '../schemas/journey'
import type { ServiceRequest, ServiceTypeCode } from '../schemas/service-request'
import { MILESTONE_CODES } from '../values'

export const MILESTONE_LABELS: Record<MilestoneCode, string> = {
  signing: '签约',
  business_registration: '工商注册',
  bank_account: '银行开户',
  tax_registration: '税务登记',
  premises_lease: '载体入驻',
  production: '开工投产',
}

/** The service whose request, once completed, completes the milestone; 签约 and 开工投产 are marked. */
export const MILESTONE_SERVICE: Partial<Record<MilestoneCode, ServiceTypeCode>> = {
  business_registration: 'business_registration',
  bank_account: 'bank_account',
  tax_registration: 'tax_registration',
  premises_lease: 'premises_lease',
}

/** A milestone a specialist marked done where no request fits (e.g. registered before the journey). */
export interface MilestoneMark {
  at: string
  note: string
  byName: string
}

/** What the backend stores per enterprise; everything else is derived by `deriveJourney`. */
export interface JourneyRecord {
  enterpriseId: string
  startedAt: string
  marks: Partial<Record<MilestoneCode, MilestoneMark>>
}

type RequestLike = Pick<ServiceRequest, 'id' | 'serviceType' | 'status' | 'completedAt' | 'createdAt'>

const DAY_MS = 24 * 60 * 60 * 1000
// The service centre counts days in Beijing time (UTC+8, no DST), whatever the phone's zone.
const BEIJING_MS = 8 * 60 * 60 * 1000
const dayNumber = (ms: number) => Math.floor((ms + BEIJING_MS) / DAY_MS)

/** Calendar days from `from` to `to` in Beijing time (the same day is 0); never negative. */
export function daysBetween(from: string | Date, to: string | Date): number {
  const a = typeof from === 'string' ? Date.parse(from) : from.getTime()
  const b = typeof to === 'string' ? Date.parse(to) : to.getTime()
  return Math.max(0, dayNumber(b) - dayNumber(a))
}

/**
 * The journey as both sides see it: a milestone is done when a request of its service, made since the
 * journey began, completed (the earliest one) or when a specialist marked it, whichever came first; the current one is the first not
 * done, in order; days are counted from the start to `now`.
 */
export function deriveJourney(record: JourneyRecord, requests: readonly RequestLike[], now: Date): Journey {
  let currentFound = false
  const milestones: Milestone[] = MILESTONE_CODES.map((code) => {
    const serviceType = MILESTONE_SERVICE[code]
    const completed = serviceType
      ? requests
          .filter((r) => r.serviceType === serviceType && r.status === 'completed' && r.completedAt)
          // Work from before the journey began (an earlier company, old history) is not this journey's.
          .filter((r) => Date.parse(r.createdAt) >= Date.parse(record.startedAt))
          .sort((a, b) => Date.parse(a.completedAt ?? '') - Date.parse(b.completedAt ?? ''))[0]
      : undefined
    const mark = record.marks[code]
    const base: Milestone = { code, label: MILESTONE_LABELS[code], state: 'pending' }
    if (serviceType) base.serviceType = serviceType
    const byRequest = completed?.completedAt
    if (byRequest && (!mark || Date.parse(byRequest) <= Date.parse(mark.at))) {
      return { ...base, state: 'done', doneAt: byRequest, requestId: completed.id }
    }
    if (mark) return { ...base, state: 'done', doneAt: mark.at, note: mark.note, markedBy: mark.byName }
    if (currentFound) return base
    currentFound = true
    return { ...base, state: 'current' }
  })
  const current = milestones.find((m) => m.state === 'current')?.code ?? null
  const journey: Journey = {
    enterpriseId: record.enterpriseId,
    startedAt: record.startedAt,
    daysSinceStart: daysBetween(record.startedAt, now),
    current,
    milestones,
  }
  if (!current) {
    const last = Math.max(...milestones.map((m) => Date.parse(m.doneAt ?? '')))
    const done = milestones.find((m) => Date.parse(m.doneAt ?? '') === last)
    if (done?.doneAt) journey.completedAt = done.doneAt
  }
  return journey
}

/** How far along: the index of the current milestone, or the count when all are done (for sorting). */
export function journeyStage(journey: Pick<Journey, 'current'>): number {
  return journey.current ? MILESTONE_CODES.indexOf(journey.current) : MILESTONE_CODES.length
}

/** The stage name for lists: the current milestone's, or 已落地 when the journey is complete. */
export function stageLabel(journey: Pick<Journey, 'current'>): string {
  return journey.current ? MILESTONE_LABELS[journey.current] : '已落地'
}
