import { MILESTONE_LABELS } from '../../src/api/contract/rules/journey'
import { enterprisesOf, requestAudience } from '../access'
import { toIso } from '../clock'
import type { Handlers } from '../context'
import { emitJourney, journeyOf } from '../domain/journeys'
import { notifyRequestRaised } from '../domain/notices'
import { emitVisit } from '../domain/visits'
import { conflict, invalidTransition, notFound, validationFailed } from '../errors'

import { takeRequest } from './request-intake'
import { visibleEnterprise } from './visits'

export const journeyHandlers = {
  getJourney: ({ db, user, id, now }) => {
    visibleEnterprise(db, user, id)
    const journey = journeyOf(db, id, now)
    if (!journey) throw notFound('该企业暂无落地进度')
    return journey
  },

  getJourneys: ({ db, user, now }) => {
    const enterprises = user.role === 'admin' ? [...db.enterprises.values()] : enterprisesOf(db, user.id)
    return enterprises.flatMap((e) => {
      const journey = journeyOf(db, e.id, now)
      return journey ? [journey] : []
    })
  },

  markMilestone: ({ db, user, id, body, now, emit }) => {
    visibleEnterprise(db, user, id)
    const record = db.journeys.get(id)
    const journey = journeyOf(db, id, now)
    if (!record || !journey) throw notFound('该企业暂无落地进度')
    const at = body.doneAt ? new Date(body.doneAt) : now
    if (at.getTime() > now.getTime() + 5 * 60 * 1000) {
      throw validationFailed([{ path: 'doneAt', message: '完成日期不能晚于今天' }])
    }
    if (at.getTime() < Date.parse(record.startedAt) - 24 * 60 * 60 * 1000) {
      throw validationFailed([{ path: 'doneAt', message: '完成日期不能早于落地开始' }])
    }
    const milestone = journey.milestones.find((m) => m.code === body.milestone)
    if (milestone?.state === 'done') {
      throw invalidTransition(`「${MILESTONE_LABELS[body.milestone]}」已经完成`)
    }
    record.marks[body.milestone] = { at: toIso(at), note: body.note, byName: user.name }
    emitJourney(db, id, now, emit)
    return journeyOf(db, id, now) as NonNullable<ReturnType<typeof journeyOf>>
  },

  raiseServiceRequest: ({ db, user, id, body, now, emit }) => {
    const enterprise = visibleEnterprise(db, user, id)
    const type = db.serviceTypes.find((t) => t.code === body.serviceType)
    if (!type) throw notFound('服务事项不存在')
    const visit = body.visitId ? db.visits.get(body.visitId) : undefined
    if (body.visitId && (!visit || visit.enterpriseId !== enterprise.id)) {
      throw validationFailed([{ path: 'visitId', message: '走访记录不存在' }])
    }
    if (body.problemId && !visit) {
      throw validationFailed([{ path: 'visitId', message: '请指明问题所在的走访' }])
    }
    const problem = body.problemId ? visit?.problems.find((p) => p.id === body.problemId) : undefined
    if (body.problemId && !problem) throw validationFailed([{ path: 'problemId', message: '问题不存在' }])
    if (problem?.requestId) throw conflict('该问题已经发起过申请')
    // The specialist is the one who raised it (the timeline's first step says so); the owner keeps
    // the owner's rights over it (add materials, cancel), as for a request of their own.
    const request = takeRequest(db, user, enterprise, type, body, now)
    request.raisedBy = { id: user.id, name: user.name }
    if (visit && problem) {
      problem.requestId = request.id
      visit.updatedAt = toIso(now)
      emitVisit(db, visit, emit)
    }
    emit(requestAudience(db, request), 'request.updated', request)
    notifyRequestRaised(db, emit, request, user, now)
    return request
  },
} satisfies Pick<Handlers, 'getJourney' | 'getJourneys' | 'markMilestone' | 'raiseServiceRequest'>
