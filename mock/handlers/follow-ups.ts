import type { User } from '../../src/api/contract/schemas/enterprise'
import type { FollowUp } from '../../src/api/contract/schemas/follow-up'
import { canReadRequest, requestAudience } from '../access'
import { paginate, type Handlers } from '../context'
import type { Db } from '../db'
import { confirmFollowUp, followUpView, recordFollowUp, type FollowUpRow } from '../domain/follow-ups'
import { invalidTransition, notFound } from '../errors'

/** A follow-up is read by whoever may read its request (the owner's enterprise, its specialists, admins). */
function visibleFollowUp(db: Db, user: User, id: string) {
  const row = db.followUps.get(id)
  const request = row ? db.requests.get(row.requestId) : undefined
  if (!row || !request || !canReadRequest(db, user, request)) throw notFound('回访不存在')
  return { row, request }
}

/** Most urgent first: overdue, then pending by deadline, then waiting for the owner, then closed. */
const STATUS_ORDER = { pending: 0, recorded: 1, solved: 2 } as const
const byUrgency = (a: FollowUp, b: FollowUp) =>
  Number(b.overdue) - Number(a.overdue) ||
  STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
  a.dueAt.localeCompare(b.dueAt) ||
  a.id.localeCompare(b.id)

export const followUpHandlers = {
  getFollowUps: ({ db, query, now }) => {
    const statuses = query.status ? new Set(query.status.split(',')) : undefined
    const items = [...db.followUps.values()]
      .filter((row: FollowUpRow) => !statuses || statuses.has(row.status))
      .map((row) => followUpView(db, row, now))
      .sort(byUrgency)
    return paginate(items, query)
  },

  getFollowUp: ({ db, user, id, now }) => followUpView(db, visibleFollowUp(db, user, id).row, now),

  recordFollowUp: ({ db, user, id, body, now, emit }) => {
    const { row, request } = visibleFollowUp(db, user, id)
    if (row.status !== 'pending') {
      throw invalidTransition(
        row.status === 'solved' ? '该回访已解决，无需再记录' : '该回访已记录，正等企业确认',
      )
    }
    recordFollowUp(db, row, request, user, body, now)
    emit(requestAudience(db, request), 'request.updated', request)
    return followUpView(db, row, now)
  },

  confirmFollowUp: ({ db, user, id, body, now, emit }) => {
    const { row, request } = visibleFollowUp(db, user, id)
    if (row.status !== 'recorded') {
      throw invalidTransition(row.status === 'solved' ? '已确认问题解决' : '服务中心尚未回访，暂不能确认')
    }
    const comment = body.comment?.trim() || undefined
    confirmFollowUp(db, row, request, user, { solved: body.solved, comment }, now)
    emit(requestAudience(db, request), 'request.updated', request)
    return followUpView(db, row, now)
  },
} satisfies Pick<Handlers, 'getFollowUps' | 'getFollowUp' | 'recordFollowUp' | 'confirmFollowUp'>
