import type {
  RequestAction,
  RequestStatus,
  ServiceTypeCode,
} from '../../src/api/contract/schemas/service-request'
import { addDays, addMinutes, atLocal, toIso } from '../clock'
import { nextId, type Db } from '../db'
import { applyAction } from '../domain/apply-action'
import { createRequest } from '../domain/request-factory'

import { enterpriseId, ownerId } from './people'
import { sampleFields } from './request-fields'

/** The path of actions that leads from submitted to each status. */
const PATHS: Record<RequestStatus, RequestAction[]> = {
  submitted: [],
  accepted: ['accept'],
  in_progress: ['accept', 'start'],
  awaiting_materials: ['accept', 'start', 'request_materials'],
  completed: ['accept', 'start', 'complete'],
  cancelled: ['accept', 'cancel'],
}

const NOTES: Partial<Record<RequestAction, string>> = {
  request_materials: '请补充上传法定代表人身份证复印件（正反面）。',
  complete: '已办结，相关回执已通过消息发送，请查收。',
  cancel: '企业已自行办理，撤销申请。',
}

/** [enterprise no., type, final status, days before the seed clock, rated?]. Old open ones are overdue. */
type Row = [number, ServiceTypeCode, RequestStatus, number, boolean?]
const ROWS: Row[] = [
  // 飞快通航: registration to groundbreaking in one week, then growth services.
  [1, 'business_registration', 'completed', 40, true],
  [1, 'bank_account', 'completed', 38, true],
  [1, 'tax_registration', 'completed', 37, true],
  [1, 'premises_lease', 'completed', 36],
  [1, 'financing_matching', 'in_progress', 6],
  [1, 'legal_support', 'submitted', 0],
  [1, 'order_matching', 'awaiting_materials', 9],
  [2, 'premises_lease', 'in_progress', 12],
  [2, 'financing_matching', 'accepted', 2],
  [2, 'business_registration', 'completed', 60, true],
  [3, 'legal_support', 'awaiting_materials', 4],
  [3, 'order_matching', 'submitted', 1],
  [3, 'bank_account', 'cancelled', 20],
  [4, 'business_registration', 'in_progress', 8],
  [4, 'tax_registration', 'submitted', 0],
  [5, 'bank_account', 'accepted', 5],
  [5, 'premises_lease', 'submitted', 3],
  [6, 'financing_matching', 'completed', 30],
  [6, 'order_matching', 'in_progress', 15],
  [7, 'tax_registration', 'awaiting_materials', 7],
  [7, 'legal_support', 'cancelled', 10],
  [8, 'premises_lease', 'accepted', 9],
  [9, 'business_registration', 'submitted', 6],
  [10, 'bank_account', 'in_progress', 1],
  [11, 'legal_support', 'completed', 14, true],
  [12, 'order_matching', 'submitted', 2],
  [13, 'financing_matching', 'in_progress', 25],
  [14, 'tax_registration', 'completed', 18],
]

export function seedRequests(db: Db, anchor: Date): void {
  ROWS.forEach(([entNo, code, status, daysAgo, rated], index) => {
    const enterprise = db.enterprises.get(enterpriseId(entNo))
    const owner = db.users.get(ownerId(entNo))
    const type = db.serviceTypes.find((t) => t.code === code)
    if (!enterprise || !owner || !type) throw new Error(`bad seed row ${index}`)
    // Spread over the working day so lists don't show identical times.
    const createdAt =
      daysAgo === 0 ? addMinutes(anchor, -30 - index) : atLocal(anchor, -daysAgo, 9 + (index % 8))
    const request = createRequest(db, {
      enterprise,
      type,
      fields: sampleFields(type, entNo, toIso(addDays(createdAt, 7)).slice(0, 10)),
      owner,
      at: createdAt,
    })
    const assignee = db.users.get(request.assigneeId)
    if (!assignee) throw new Error('assignee missing')
    let at = createdAt
    for (const action of PATHS[status]) {
      at = addMinutes(at, action === 'complete' ? 60 * 24 : 90)
      if (at > anchor) at = addMinutes(anchor, -5)
      const actor = action === 'cancel' ? owner : assignee
      applyAction(request, action, actor, { note: NOTES[action] }, at, nextId(db, 'evt'))
    }
    if (rated) {
      at = addMinutes(at, 120)
      const input = { score: 5, comment: '专员全程跟进，效率很高，点赞！' }
      applyAction(request, 'rate', owner, input, at > anchor ? anchor : at, nextId(db, 'evt'))
    }
  })
}
