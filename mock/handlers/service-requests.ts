import { ACTION_LABELS, STATUS_LABELS } from '../../src/api/contract/rules/labels'
import { byQueueOrder } from '../../src/api/contract/rules/queue-order'
import { needsFollowUp } from '../../src/api/contract/rules/rating'
import {
  TRANSITIONS,
  actionInputErrors,
  canTransition,
  isActorFor,
} from '../../src/api/contract/rules/request-machine'
import type { User } from '../../src/api/contract/schemas/enterprise'
import type { RequestStatus, ServiceRequest } from '../../src/api/contract/schemas/service-request'
import { REQUEST_STATUSES } from '../../src/api/contract/values'
import { canReadRequest, requestAudience } from '../access'
import { paginate, type Handlers } from '../context'
import { nextId, type Db } from '../db'
import { applyAction } from '../domain/apply-action'
import { openFollowUp } from '../domain/follow-ups'
import { afterRequestChange } from '../domain/journeys'
import { notifyRequestChange } from '../domain/notices'
import { validationFailed, forbidden, invalidTransition, notFound } from '../errors'

import { resolveAttachments } from './files-lookup'
import { takeRequest } from './request-intake'

function visibleRequest(db: Db, user: User, id: string): ServiceRequest {
  const request = db.requests.get(id)
  // Someone else's request is "not found", never "forbidden": its existence must not leak.
  if (!request || !canReadRequest(db, user, request)) throw notFound('服务申请不存在')
  return request
}

const newestFirst = (a: ServiceRequest, b: ServiceRequest) =>
  b.updatedAt.localeCompare(a.updatedAt) || b.id.localeCompare(a.id)

export const serviceRequestHandlers = {
  getServiceTypes: ({ db }) => db.serviceTypes,

  getServiceRequests: ({ db, user, query }) => {
    const statuses = query.status ? new Set(query.status.split(',')) : undefined
    const items = [...db.requests.values()]
      .filter((r) => canReadRequest(db, user, r))
      .filter((r) => !statuses || statuses.has(r.status))
      .filter((r) => !query.enterpriseId || r.enterpriseId === query.enterpriseId)
      .sort(query.sort === 'due' ? byQueueOrder : newestFirst)
    return paginate(items, query)
  },

  // The list's own visibility rule, so a tab's number is the length its list pages through to.
  getServiceRequestCounts: ({ db, user }) => {
    const byStatus = Object.fromEntries(REQUEST_STATUSES.map((s) => [s, 0])) as Record<RequestStatus, number>
    let total = 0
    for (const request of db.requests.values()) {
      if (!canReadRequest(db, user, request)) continue
      byStatus[request.status] += 1
      total += 1
    }
    return { total, byStatus }
  },

  createServiceRequest: ({ db, user, body, now, emit }) => {
    const enterprise = user.enterpriseId ? db.enterprises.get(user.enterpriseId) : undefined
    const type = db.serviceTypes.find((t) => t.code === body.serviceType)
    if (!enterprise || !type) throw notFound('服务事项不存在')
    const request = takeRequest(db, user, enterprise, type, body, now)
    emit(requestAudience(db, request), 'request.updated', request)
    notifyRequestChange(db, emit, request, user, undefined, now)
    return request
  },

  getServiceRequest: ({ db, user, id }) => visibleRequest(db, user, id),

  actOnServiceRequest: ({ db, user, id, body, now, emit }) => {
    const request = visibleRequest(db, user, id)
    const { action } = body
    const label = ACTION_LABELS[action]
    if (!isActorFor(action, user, request)) {
      throw forbidden(
        TRANSITIONS[action].by === 'owner' ? `只有企业主可以${label}` : `只有负责该申请的专员可以${label}`,
      )
    }
    if (!canTransition(request, action)) {
      throw invalidTransition(
        action === 'rate' && request.rating
          ? '该申请已经评价过了'
          : `申请当前为「${STATUS_LABELS[request.status]}」，不能${label}`,
      )
    }
    const missing = actionInputErrors(body)
    if (missing.length) throw validationFailed(missing)
    const note = body.note?.trim()
    const attachments = resolveAttachments(db, user, body.attachments)
    const input = {
      note,
      attachments,
      score: body.score,
      comment: body.comment?.trim() || undefined,
      reasons: body.reasons,
    }
    applyAction(request, action, user, input, now, nextId(db, 'evt'))
    // 不满意 or worse: the centre owes this owner a call or visit (好差评 loop).
    if (action === 'rate' && body.score !== undefined && needsFollowUp(body.score))
      openFollowUp(db, request, now)
    emit(requestAudience(db, request), 'request.updated', request)
    notifyRequestChange(db, emit, request, user, action, now)
    afterRequestChange(db, request, now, emit)
    return request
  },
} satisfies Pick<
  Handlers,
  | 'getServiceTypes'
  | 'getServiceRequests'
  | 'getServiceRequestCounts'
  | 'createServiceRequest'
  | 'getServiceRequest'
  | 'actOnServiceRequest'
>
