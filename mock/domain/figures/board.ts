import type {
  Board,
  Bucket,
  CentreFigures,
  FigureCase,
  MyFigures,
  RankedSpecialist,
  TrendPoint,
} from '../../../src/api/contract/schemas/figures'
import type { ServiceRequest } from '../../../src/api/contract/schemas/service-request'
import { toIso } from '../../clock'
import type { Db } from '../../db'

import {
  acceptedAt,
  cutOf,
  followUpOverdueAt,
  measure,
  overdueOpenAt,
  ratedAt,
  responseHours,
} from './measures'
import { inPeriod, periodOf, shiftMonth, type Period } from './month'
import { WEIGHTS, compositeScore, rankScores } from './score'
import { HOURS_PER_WORKING_DAY } from './working-hours'

const specialistsOf = (db: Db) => [...db.users.values()].filter((u) => u.role === 'specialist')
const requestsOf = (db: Db, specialistId?: string) =>
  [...db.requests.values()].filter((r) => !specialistId || r.assigneeId === specialistId)
const visitsOf = (db: Db, specialistId?: string) =>
  [...db.visits.values()].filter((v) => !specialistId || v.specialistId === specialistId)

/** Every specialist's line for `month`, ranked, with last month's score and place beside it. */
export function rankSpecialists(db: Db, month: string, now: Date): RankedSpecialist[] {
  const followUps = [...db.followUps.values()]
  const current = periodOf(month)
  const previous = periodOf(shiftMonth(month, -1))
  const lines = specialistsOf(db).map((user) => {
    const mine = requestsOf(db, user.id)
    const visits = visitsOf(db, user.id)
    const measures = measure(mine, followUps, current, now, visits)
    const before = measure(mine, followUps, previous, now, visits)
    return { user, measures, before, score: compositeScore(measures), previousScore: compositeScore(before) }
  })
  const ranks = rankScores(lines.map((l) => l.score))
  const previousRanks = rankScores(lines.map((l) => l.previousScore))
  const ranked = lines.map((line, i) => ({
    specialistId: line.user.id,
    name: line.user.name,
    kind: line.user.kind ?? 'service',
    measures: line.measures,
    previous: line.before,
    score: line.score,
    previousScore: line.previousScore,
    rank: ranks[i]?.rank ?? null,
    previousRank: previousRanks[i]?.rank ?? null,
    tier: ranks[i]?.tier ?? null,
  }))
  // By place; the unranked last; ties in a fixed order (by id) so the list never shuffles.
  return ranked.sort(
    (a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.specialistId.localeCompare(b.specialistId),
  )
}

function centreOf(db: Db, period: Period, now: Date): CentreFigures {
  const cut = cutOf(period, now)
  const held = [...db.salons.values()].filter(
    (s) => s.status === 'published' && inPeriod(s.endAt, period) && Date.parse(s.endAt) <= cut.getTime(),
  )
  const heldIds = new Set(held.map((s) => s.id))
  const bookings = [...db.bookings.values()].filter(
    (b) => heldIds.has(b.salonId) && (b.status === 'confirmed' || b.status === 'checked_in'),
  )
  const checkedIn = bookings.filter((b) => b.status === 'checked_in').length
  return {
    measures: measure(requestsOf(db), [...db.followUps.values()], period, now, visitsOf(db)),
    salonsHeld: held.length,
    bookings: bookings.length,
    checkedIn,
    checkInRate: bookings.length ? Math.round((checkedIn / bookings.length) * 10000) / 10000 : null,
  }
}

const H = HOURS_PER_WORKING_DAY
const BUCKETS: { label: string; upTo: number }[] = [
  { label: '1 小时内', upTo: 1 },
  { label: '1–4 小时', upTo: 4 },
  { label: '4 小时–1 天', upTo: H },
  { label: '1–2 天', upTo: 2 * H },
  { label: '2 天以上', upTo: Infinity },
]

function responseBuckets(requests: readonly ServiceRequest[], period: Period): Bucket[] {
  const hours = requests
    .filter((r) => inPeriod(r.createdAt, period))
    .map(responseHours)
    .filter((h): h is number => h !== null)
  return BUCKETS.map((bucket, i) => ({
    label: bucket.label,
    count: hours.filter((h) => h <= bucket.upTo && (i === 0 || h > (BUCKETS[i - 1]?.upTo ?? 0))).length,
  }))
}

function trendOf(db: Db, requests: readonly ServiceRequest[], month: string, now: Date): TrendPoint[] {
  const followUps = [...db.followUps.values()]
  return [-3, -2, -1, 0].map((offset) => {
    const period = periodOf(shiftMonth(month, offset))
    const m = measure(requests, followUps, period, now)
    return {
      month: period.month,
      received: m.received,
      onTimeRate: m.onTimeRate,
      satisfiedRate: m.satisfiedRate,
    }
  })
}

export function buildBoard(db: Db, month: string, now: Date): Board {
  const period = periodOf(month)
  const all = requestsOf(db)
  const followUps = [...db.followUps.values()]
  return {
    month,
    previousMonth: shiftMonth(month, -1),
    weights: [...WEIGHTS],
    ranking: rankSpecialists(db, month, now),
    byType: db.serviceTypes.map((type) => ({
      serviceType: type.code,
      measures: measure(
        all.filter((r) => r.serviceType === type.code),
        followUps,
        period,
        now,
      ),
    })),
    centre: centreOf(db, period, now),
    previousCentre: centreOf(db, periodOf(shiftMonth(month, -1)), now),
    responseBuckets: responseBuckets(all, period),
    trend: trendOf(db, all, month, now),
    generatedAt: toIso(now),
  }
}

/** A specialist's own line, their place and how many were ranked: no one else's figures. */
export function buildMyFigures(db: Db, specialistId: string, month: string, now: Date): MyFigures {
  const ranking = rankSpecialists(db, month, now)
  const me = ranking.find((line) => line.specialistId === specialistId)
  if (!me) throw new Error(`not a specialist: ${specialistId}`)
  return {
    month,
    previousMonth: shiftMonth(month, -1),
    weights: [...WEIGHTS],
    me,
    rankedCount: ranking.filter((line) => line.rank !== null).length,
    trend: trendOf(db, requestsOf(db, specialistId), month, now),
  }
}

/** The requests behind a specialist's month: each one that counts in any of their measures. */
export function buildCases(db: Db, specialistId: string, month: string, now: Date): FigureCase[] {
  const period = periodOf(month)
  const cut = cutOf(period, now)
  const followUps = [...db.followUps.values()]
  return requestsOf(db, specialistId)
    .map((request): FigureCase & { counts: boolean } => {
      const received = inPeriod(request.createdAt, period)
      const completed = inPeriod(request.completedAt, period)
      const rated = inPeriod(ratedAt(request), period)
      const overdueOpen = overdueOpenAt(request, cut)
      const followUpOverdue = followUps.some((f) => f.requestId === request.id && followUpOverdueAt(f, cut))
      return {
        counts: received || completed || rated || overdueOpen || followUpOverdue,
        requestId: request.id,
        number: request.number,
        serviceType: request.serviceType,
        enterpriseName: db.enterprises.get(request.enterpriseId)?.name ?? '',
        createdAt: request.createdAt,
        acceptedAt: received ? (acceptedAt(request) ?? null) : null,
        responseHours: received ? responseHours(request) : null,
        dueAt: request.dueAt,
        completedAt: request.completedAt ?? null,
        onTime: completed ? Date.parse(request.completedAt ?? '') <= Date.parse(request.dueAt) : null,
        overdueOpen,
        score: rated ? (request.rating?.score ?? null) : null,
        followUpOverdue,
      }
    })
    .filter((c) => c.counts)
    .map(({ counts: _counts, ...rest }) => rest)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.requestId.localeCompare(a.requestId))
}
