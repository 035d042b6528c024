import type { User } from '../../src/api/contract/schemas/enterprise'
import type { ServiceRequest, ServiceTypeCode } from '../../src/api/contract/schemas/service-request'
import { addMinutes, addWorkingDays, atLocal, toIso } from '../clock'
import { nextId, seededRandom, type Db } from '../db'
import { applyAction } from '../domain/apply-action'
import { workingHoursBetween } from '../domain/figures/working-hours'
import { confirmFollowUp, openFollowUp, recordFollowUp } from '../domain/follow-ups'
import { createRequest } from '../domain/request-factory'

import { enterpriseId, ownerId } from './people'
import { sampleFields } from './request-fields'

/**
 * Three months and more of closed requests for the 赛马榜, made by a small seeded generator (not a
 * literal) so the default build stays small and the same anchor gives the same world. Every one is
 * completed before the seed clock, so today's queues are those of seed/requests.ts; 程飞 (ent-01)
 * gets none, so the landmarks about him hold. Each specialist works to a profile: 李航 is the clear
 * leader (answers within the hour, finishes early, 非常满意), 赵立新 the laggard (days to answer,
 * often late, lukewarm ratings), and two bad ratings carry follow-ups: one made and confirmed, one
 * overdue on the board.
 */
interface Profile {
  /** First response, in working hours: [min, max). */
  response: [number, number]
  /** Completion after this share of the service's targetDays: above 1 is late. */
  pace: [number, number]
  scores: number[]
}

const PROFILES: Record<string, Profile> = {
  'usr-spec-01': { response: [0.5, 6], pace: [0.5, 1], scores: [5, 4, 5, 4, 3] },
  'usr-spec-02': { response: [0.1, 1.2], pace: [0.3, 0.7], scores: [5, 5, 5, 4] },
  'usr-spec-03': { response: [1, 8], pace: [0.6, 1.15], scores: [4, 5, 4, 3] },
  'usr-spec-04': { response: [2, 8], pace: [0.6, 1.1], scores: [4, 5, 4, 3] },
  'usr-spec-05': { response: [2, 10], pace: [0.7, 1.2], scores: [4, 4, 3, 5] },
  'usr-spec-06': { response: [12, 30], pace: [1, 1.9], scores: [3, 3, 4, 3] },
}

const SERVICE_CODES: ServiceTypeCode[] = [
  'business_registration',
  'bank_account',
  'tax_registration',
  'premises_lease',
]
const LIAISON_CODES: ServiceTypeCode[] = ['order_matching', 'legal_support', 'financing_matching']
const PRAISE = ['办理速度快', '服务态度好', '解答专业', '主动跟进']

/** `hours` of office time (09:00–18:00 on working days) after `start`, in 15-minute steps. */
function addWorkingHours(start: Date, hours: number): Date {
  let at = start
  while (workingHoursBetween(start, at) < hours) at = addMinutes(at, 15)
  return at
}

const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)] as T
const between = (random: () => number, [min, max]: [number, number]) => min + random() * (max - min)

/** Enterprises 2–14 that this specialist serves (ent-01 stays as seed/requests.ts made it). */
function clientsOf(db: Db, specialistId: string): number[] {
  const numbers: number[] = []
  for (let n = 2; n <= 14; n += 1) {
    const e = db.enterprises.get(enterpriseId(n))
    if (e && (e.specialistIds.service === specialistId || e.specialistIds.liaison === specialistId))
      numbers.push(n)
  }
  return numbers
}

interface Made {
  request: ServiceRequest
  owner: User
  completedAt: Date
}

/** One request run from submitted to completed; undefined when it would not be finished by `anchor`. */
function runOne(
  db: Db,
  anchor: Date,
  specialist: User,
  entNo: number,
  code: ServiceTypeCode,
  createdAt: Date,
  responseHours: number,
  pace: number,
): Made | undefined {
  const enterprise = db.enterprises.get(enterpriseId(entNo))
  const owner = db.users.get(ownerId(entNo))
  const type = db.serviceTypes.find((t) => t.code === code)
  if (!enterprise || !owner || !type) throw new Error(`bad history row ${entNo} ${code}`)
  const acceptAt = addWorkingHours(createdAt, responseHours)
  const startAt = addMinutes(acceptAt, 30)
  let completedAt = addMinutes(
    addWorkingDays(createdAt, Math.max(1, Math.round(type.targetDays * pace))),
    -60,
  )
  if (completedAt <= startAt) completedAt = addMinutes(startAt, 120)
  if (completedAt.getTime() > anchor.getTime() - 2 * 60 * 60 * 1000) return undefined
  const request = createRequest(db, {
    enterprise,
    type,
    fields: sampleFields(type, entNo, toIso(addWorkingDays(createdAt, 5)).slice(0, 10)),
    owner,
    at: createdAt,
  })
  applyAction(request, 'accept', specialist, {}, acceptAt, nextId(db, 'evt'))
  applyAction(request, 'start', specialist, {}, startAt, nextId(db, 'evt'))
  const note = '已办结，相关材料已交付企业。'
  applyAction(request, 'complete', specialist, { note }, completedAt, nextId(db, 'evt'))
  return { request, owner, completedAt }
}

function rate(db: Db, made: Made, at: Date, score: number, reasons: string[], comment?: string) {
  applyAction(made.request, 'rate', made.owner, { score, reasons, comment }, at, nextId(db, 'evt'))
}

export function seedHistory(db: Db, anchor: Date): void {
  const random = seededRandom(16_2026)
  const admin = db.users.get('usr-admin-01')
  if (!admin) throw new Error('admin missing')
  for (const [specialistId, profile] of Object.entries(PROFILES)) {
    const specialist = db.users.get(specialistId)
    if (!specialist) throw new Error(`missing ${specialistId}`)
    const clients = clientsOf(db, specialistId)
    const codes = specialist.kind === 'liaison' ? LIAISON_CODES : SERVICE_CODES
    // About two a week, from four months ago to a few days ago.
    for (let daysAgo = 125; daysAgo >= 3; daysAgo -= 2 + Math.floor(random() * 4)) {
      const code = pick(random, codes)
      const createdAt = atLocal(anchor, -daysAgo, 9 + Math.floor(random() * 9) + (random() < 0.5 ? 0.5 : 0))
      const made = runOne(
        db,
        anchor,
        specialist,
        pick(random, clients),
        code,
        createdAt,
        between(random, profile.response),
        between(random, profile.pace),
      )
      // Every one is rated (a few only recently finished wait for it): old unrated work would have
      // the 3-day rating invitation (notices) pile up on the owners.
      if (!made) continue
      const ratedAt = addMinutes(made.completedAt, 60 * (4 + Math.floor(random() * 40)))
      if (ratedAt >= anchor) continue
      const score = pick(random, profile.scores)
      rate(db, made, ratedAt, score, score >= 4 ? [pick(random, PRAISE)] : ['办理太慢'])
    }
  }
  seedBadRatings(db, anchor, admin)
}

/** The two 不满意 of the demo, both on 赵立新's work: one followed up and solved, one overdue. */
function seedBadRatings(db: Db, anchor: Date, admin: User) {
  const laggard = db.users.get('usr-spec-06')
  if (!laggard) throw new Error('laggard missing')
  const solved = runOne(db, anchor, laggard, 9, 'legal_support', atLocal(anchor, -50, 10), 20, 1.6)
  if (solved) {
    const ratedAt = addMinutes(solved.completedAt, 60 * 26)
    rate(db, solved, ratedAt, 2, ['办理太慢', '沟通不及时'], '等了很久才有人联系，进度也不主动告知。')
    const row = openFollowUp(db, solved.request, ratedAt)
    recordFollowUp(
      db,
      row,
      solved.request,
      admin,
      {
        method: 'call',
        found: '专员同期事项较多，受理后未及时告知进度。',
        done: '已向企业致歉，约定此后每周二同步进度；已提醒专员。',
      },
      addMinutes(ratedAt, 60 * 22),
    )
    confirmFollowUp(db, row, solved.request, solved.owner, { solved: true }, addMinutes(ratedAt, 60 * 30))
  }
  const overdue = runOne(db, anchor, laggard, 12, 'order_matching', atLocal(anchor, -24, 14), 26, 1.1)
  if (overdue) {
    const ratedAt = addMinutes(overdue.completedAt, 60 * 3)
    if (ratedAt < anchor) {
      rate(db, overdue, ratedAt, 1, ['问题没解决', '沟通不及时'], '对接的采购方根本不做我们这类产品。')
      openFollowUp(db, overdue.request, ratedAt)
    }
  }
}
