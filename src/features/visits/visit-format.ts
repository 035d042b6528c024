import dayjs from 'dayjs'

import {
  PROBLEM_CATEGORY_LABELS,
  VISIT_METHOD_LABELS,
  VISIT_STATUS_LABELS,
} from '@/api/contract/rules/visits'
import type { EnterpriseContact, Visit } from '@/api/contract/schemas/visit'

export { PROBLEM_CATEGORY_LABELS, VISIT_METHOD_LABELS, VISIT_STATUS_LABELS }

export const visitDay = (iso: string) => dayjs(iso).format('YYYY年M月D日 HH:mm')
export const shortDay = (iso: string) => dayjs(iso).format('M月D日')

/** 「上门 · 3月5日 14:00」 or 「计划 3月9日」: the line under a visit's purpose. */
export function visitWhen(visit: Pick<Visit, 'status' | 'visitedAt' | 'method'>): string {
  if (visit.status === 'planned') return `计划 ${dayjs(visit.visitedAt).format('M月D日 HH:mm')}`
  return `${visit.method ? VISIT_METHOD_LABELS[visit.method] : '走访'} · ${dayjs(visit.visitedAt).format('M月D日 HH:mm')}`
}

/** The specialist's line for one enterprise: last contact, next plan, and the overdue warning. */
export function contactLine(contact: EnterpriseContact | undefined, ruleDays: number): string {
  if (!contact) return ''
  const last = contact.lastVisitAt
    ? `上次走访 ${shortDay(contact.lastVisitAt)}（${contact.daysSinceContact ?? 0} 天前）`
    : '尚未走访'
  const next = contact.nextPlannedAt ? `下次 ${shortDay(contact.nextPlannedAt)}` : '未安排下次走访'
  const overdue = contact.overdue ? ` · 超过 ${ruleDays} 天未联系` : ''
  return `${last} · ${next}${overdue}`
}
