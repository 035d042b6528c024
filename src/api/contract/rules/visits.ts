import type { ProblemCategory, VisitMethod, VisitStatus } from '../schemas/visit'

import { daysBetween } from './journey'

export const VISIT_METHOD_LABELS: Record<VisitMethod, string> = {
  onsite: '上门',
  phone: '电话',
  wechat: '微信',
  service_centre: '园区服务中心',
}

export const VISIT_STATUS_LABELS: Record<VisitStatus, string> = { planned: '计划走访', done: '已走访' }

export const PROBLEM_CATEGORY_LABELS: Record<ProblemCategory, string> = {
  permits: '审批证照',
  premises: '场地载体',
  funding: '融资资金',
  talent: '用工人才',
  market: '市场订单',
  legal: '法律事务',
  other: '其他',
}

/** The service centre's rule when no setting says otherwise: contact each enterprise every 30 days. */
export const DEFAULT_CONTACT_RULE_DAYS = 30

/**
 * Whether an enterprise waits too long for contact: more than `ruleDays` calendar days since the last
 * visit (Beijing days), or never visited at all.
 */
export function isContactOverdue(lastVisitAt: string | null, now: Date, ruleDays: number): boolean {
  if (!lastVisitAt) return true
  return daysBetween(lastVisitAt, now) > ruleDays
}

interface VisitInput {
  status: VisitStatus
  visitedAt: string
  method?: VisitMethod
}

/**
 * What a visit body lacks beyond its shape, as the backend reports it and the form shows it: a record
 * says how it happened and did not happen in the future; a plan is for today or later.
 */
export function visitInputErrors(body: VisitInput, now: Date): { path: string; message: string }[] {
  const errors: { path: string; message: string }[] = []
  const at = Date.parse(body.visitedAt)
  if (body.status === 'done') {
    if (!body.method) errors.push({ path: 'method', message: '请选择走访方式' })
    // A few minutes of slack for a phone clock a little ahead of the server's.
    if (at > now.getTime() + 5 * 60 * 1000) {
      errors.push({ path: 'visitedAt', message: '走访时间不能晚于现在' })
    }
  } else if (daysBetween(body.visitedAt, now) > 0) {
    errors.push({ path: 'visitedAt', message: '计划时间不能早于今天' })
  }
  return errors
}
