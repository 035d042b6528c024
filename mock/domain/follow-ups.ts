import { FOLLOW_UP_WORKING_DAYS } from '../../src/api/contract/rules/rating'
import type { User } from '../../src/api/contract/schemas/enterprise'
import type {
  FollowUp,
  FollowUpRecord,
  FollowUpStatus,
  RecordFollowUpBody,
} from '../../src/api/contract/schemas/follow-up'
import type { ServiceRequest } from '../../src/api/contract/schemas/service-request'
import { addWorkingDays, toIso } from '../clock'
import { nextId, type Db } from '../db'

/**
 * What the db keeps of a follow-up: its state and what people wrote. The rating, the request, the
 * enterprise and the specialist are read from their own tables when it is shown (nothing twice).
 */
export interface FollowUpRow {
  id: string
  requestId: string
  status: FollowUpStatus
  createdAt: string
  /** The current round's deadline: 2 working days after the rating, or after the owner's 未解决. */
  dueAt: string
  rounds: number
  record?: FollowUpRecord
  confirmation?: { solved: boolean; comment?: string; at: string }
}

export const isFollowUpOverdue = (row: Pick<FollowUpRow, 'status' | 'dueAt'>, at: Date) =>
  row.status === 'pending' && Date.parse(row.dueAt) < at.getTime()

/** A bad rating was just stored on `request`: the centre owes a call or visit. */
export function openFollowUp(db: Db, request: ServiceRequest, at: Date): FollowUpRow {
  const row: FollowUpRow = {
    id: nextId(db, 'fu'),
    requestId: request.id,
    status: 'pending',
    createdAt: toIso(at),
    dueAt: toIso(addWorkingDays(at, FOLLOW_UP_WORKING_DAYS)),
    rounds: 1,
  }
  db.followUps.set(row.id, row)
  request.followUpId = row.id
  return row
}

const METHOD_WORDS = { call: '电话回访', visit: '上门回访' } as const

/** The admin's call or visit: stored on the follow-up, and told on the request's timeline. */
export function recordFollowUp(
  db: Db,
  row: FollowUpRow,
  request: ServiceRequest,
  admin: User,
  body: RecordFollowUpBody,
  at: Date,
): void {
  row.record = {
    method: body.method,
    found: body.found,
    done: body.done,
    recordedById: admin.id,
    recordedByName: admin.name,
    recordedAt: toIso(at),
    late: at.getTime() > Date.parse(row.dueAt),
  }
  row.status = 'recorded'
  request.updatedAt = toIso(at)
  request.timeline.push({
    id: nextId(db, 'evt'),
    action: 'follow_up',
    actorId: admin.id,
    actorName: admin.name,
    fromStatus: request.status,
    toStatus: request.status,
    note: `${METHOD_WORDS[body.method]}：${body.found}\n处理：${body.done}`,
    at: toIso(at),
  })
}

/** The owner's answer; 未解决 starts another round with a fresh 2-working-day deadline. */
export function confirmFollowUp(
  db: Db,
  row: FollowUpRow,
  request: ServiceRequest,
  owner: User,
  answer: { solved: boolean; comment?: string },
  at: Date,
): void {
  row.confirmation = {
    solved: answer.solved,
    ...(answer.comment ? { comment: answer.comment } : {}),
    at: toIso(at),
  }
  if (answer.solved) row.status = 'solved'
  else {
    row.status = 'pending'
    row.rounds += 1
    row.dueAt = toIso(addWorkingDays(at, FOLLOW_UP_WORKING_DAYS))
  }
  request.updatedAt = toIso(at)
  const said = answer.solved ? '问题已解决' : '问题仍未解决，请再次跟进'
  request.timeline.push({
    id: nextId(db, 'evt'),
    action: 'follow_up_confirm',
    actorId: owner.id,
    actorName: owner.name,
    fromStatus: request.status,
    toStatus: request.status,
    note: answer.comment ? `${said}：${answer.comment}` : said,
    at: toIso(at),
  })
}

/** The answer's shape: the row with the rating, request and people it concerns. */
export function followUpView(db: Db, row: FollowUpRow, at: Date): FollowUp {
  const request = db.requests.get(row.requestId)
  if (!request) throw new Error(`follow-up ${row.id} lost its request`)
  const enterprise = db.enterprises.get(request.enterpriseId)
  const specialist = db.users.get(request.assigneeId)
  return {
    id: row.id,
    requestId: request.id,
    requestNumber: request.number,
    serviceType: request.serviceType,
    enterpriseId: request.enterpriseId,
    enterpriseName: enterprise?.name ?? '',
    specialistId: request.assigneeId,
    specialistName: specialist?.name ?? '',
    score: request.rating?.score ?? 1,
    reasons: request.rating?.reasons ?? [],
    ...(request.rating?.comment ? { comment: request.rating.comment } : {}),
    status: row.status,
    createdAt: row.createdAt,
    dueAt: row.dueAt,
    overdue: isFollowUpOverdue(row, at),
    rounds: row.rounds,
    ...(row.record ? { record: row.record } : {}),
    ...(row.confirmation ? { confirmation: row.confirmation } : {}),
  }
}
