import { visitInputErrors } from '../../src/api/contract/rules/visits'
import type { User } from '../../src/api/contract/schemas/enterprise'
import type { FileRef } from '../../src/api/contract/schemas/file'
import type { Visit, VisitBody, VisitProblem, VisitQuery } from '../../src/api/contract/schemas/visit'
import { canSeeEnterprise, enterprisesOf } from '../access'
import { toIso } from '../clock'
import { paginate, type Handlers } from '../context'
import { nextId, type Db } from '../db'
import { contactOf, emitVisit, newestVisitFirst, visitsOfEnterprise } from '../domain/visits'
import { forbidden, invalidTransition, notFound, validationFailed } from '../errors'

import { resolveAttachments } from './files-lookup'

/** An enterprise the caller may see; anything else is "not found" so its existence does not leak. */
export function visibleEnterprise(db: Db, user: User, id: string) {
  const enterprise = db.enterprises.get(id)
  if (!enterprise || !canSeeEnterprise(db, user, id)) throw notFound('企业不存在')
  return enterprise
}

function visibleVisit(db: Db, user: User, id: string): Visit {
  const visit = db.visits.get(id)
  if (!visit || !canSeeEnterprise(db, user, visit.enterpriseId)) throw notFound('走访记录不存在')
  return visit
}

/** Photos are images this specialist uploaded (the upload route already read their type from bytes). */
function resolvePhotos(db: Db, user: User, photos: FileRef[] | undefined): FileRef[] {
  const refs = resolveAttachments(db, user, photos, 'photos')
  const errors = refs.flatMap((ref, i) =>
    ref.mime.startsWith('image/') ? [] : [{ path: `photos.${i}`, message: '照片须为 jpg 或 png 图片' }],
  )
  if (errors.length) throw validationFailed(errors)
  return refs
}

function checkBody(body: VisitBody, now: Date) {
  const errors = visitInputErrors(body, now)
  if (errors.length) throw validationFailed(errors, '走访信息填写有误，请检查标红的项目')
}

/** The editable fields of a body; optional text left blank is dropped rather than stored empty. */
function fieldsOf(body: VisitBody) {
  const metWith = body.metWith?.trim()
  const notes = body.notes?.trim()
  return {
    status: body.status,
    visitedAt: toIso(new Date(body.visitedAt)),
    purpose: body.purpose.trim(),
    ...(body.status === 'done' && body.method ? { method: body.method } : {}),
    ...(metWith ? { metWith } : {}),
    ...(notes ? { notes } : {}),
  }
}

function filtered(visits: Visit[], query: VisitQuery) {
  return visits
    .filter((v) => !query.status || v.status === query.status)
    .filter((v) => !query.enterpriseId || v.enterpriseId === query.enterpriseId)
    .sort(newestVisitFirst)
}

export const visitHandlers = {
  getEnterpriseVisits: ({ db, user, id, query }) => {
    visibleEnterprise(db, user, id)
    return paginate(filtered(visitsOfEnterprise(db, id), query), query)
  },

  getVisits: ({ db, user, query }) => {
    const mine = [...db.visits.values()].filter((v) => v.specialistId === user.id)
    return paginate(filtered(mine, query), query)
  },

  createVisit: ({ db, user, body, now, emit }) => {
    const enterprise = visibleEnterprise(db, user, body.enterpriseId)
    checkBody(body, now)
    const photos = resolvePhotos(db, user, body.photos)
    const problems: VisitProblem[] = (body.problems ?? []).map((p) => ({
      id: nextId(db, 'prb'),
      category: p.category,
      description: p.description,
    }))
    const visit: Visit = {
      id: nextId(db, 'vst'),
      enterpriseId: enterprise.id,
      specialistId: user.id,
      specialistName: user.name,
      ...fieldsOf(body),
      photos,
      problems,
      createdAt: toIso(now),
      updatedAt: toIso(now),
    }
    db.visits.set(visit.id, visit)
    emitVisit(db, visit, emit)
    return visit
  },

  updateVisit: ({ db, user, id, body, now, emit }) => {
    const visit = visibleVisit(db, user, id)
    if (visit.specialistId !== user.id) throw forbidden('只有记录该走访的专员可以修改')
    if (visit.status === 'done' && body.status === 'planned') {
      throw invalidTransition('已走访的记录不能改回计划')
    }
    checkBody(body, now)
    const photos = resolvePhotos(db, user, body.photos)
    const inputs = body.problems ?? []
    const errors = inputs.flatMap((p, i) =>
      p.id && !visit.problems.some((old) => old.id === p.id)
        ? [{ path: `problems.${i}.id`, message: '问题不存在，请刷新后重试' }]
        : [],
    )
    // A problem a request was raised for is part of that request's story: it stays.
    const dropped = visit.problems.filter((old) => old.requestId && !inputs.some((p) => p.id === old.id))
    if (dropped.length) errors.push({ path: 'problems', message: '已发起申请的问题不能删除' })
    if (errors.length) throw validationFailed(errors)
    const problems = inputs.map((p) => {
      const old = visit.problems.find((o) => o.id === p.id)
      return {
        id: old?.id ?? nextId(db, 'prb'),
        category: p.category,
        description: p.description,
        ...(old?.requestId ? { requestId: old.requestId } : {}),
      }
    })
    const updated: Visit = {
      id: visit.id,
      enterpriseId: visit.enterpriseId,
      specialistId: visit.specialistId,
      specialistName: visit.specialistName,
      ...fieldsOf(body),
      photos,
      problems,
      createdAt: visit.createdAt,
      updatedAt: toIso(now),
    }
    db.visits.set(id, updated)
    emitVisit(db, updated, emit)
    return updated
  },

  getEnterpriseContacts: ({ db, user, now }) => ({
    contactRuleDays: db.settings.contactRuleDays,
    items: enterprisesOf(db, user.id).map((e) => contactOf(db, e.id, now)),
  }),
} satisfies Pick<
  Handlers,
  'getEnterpriseVisits' | 'getVisits' | 'createVisit' | 'updateVisit' | 'getEnterpriseContacts'
>
