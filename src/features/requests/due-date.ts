import dayjs from 'dayjs'
import relativeTime from 'dayjs/plugin/relativeTime'

import 'dayjs/locale/zh-cn'

import type { ServiceRequest } from '@/api/contract/schemas/service-request'

import { isOpen } from './request-status'

dayjs.extend(relativeTime)
dayjs.locale('zh-cn')

export interface DueInfo {
  /** 3月5日 17:00 */
  date: string
  /** 剩余 2 天 · 已逾期 3 天 · empty once the request is closed */
  left: string
  overdue: boolean
}

/** The due date and what it means now; a closed request is never overdue. */
export function dueInfo(request: Pick<ServiceRequest, 'dueAt' | 'status'>, now: Date = new Date()): DueInfo {
  const due = dayjs(request.dueAt)
  const date = due.format('M月D日 HH:mm')
  if (!isOpen(request)) return { date, left: '', overdue: false }
  const overdue = due.isBefore(now)
  const span = due.from(now, true)
  return { date, left: overdue ? `已逾期 ${span}` : `剩余 ${span}`, overdue }
}

export const isOverdue = (request: Pick<ServiceRequest, 'dueAt' | 'status'>, now = new Date()) =>
  dueInfo(request, now).overdue

/** 工作台 order: overdue first, then the nearest due date; closed ones last. */
export function byUrgency(a: ServiceRequest, b: ServiceRequest, now = new Date()): number {
  const rank = (r: ServiceRequest) => (isOverdue(r, now) ? 0 : isOpen(r) ? 1 : 2)
  return rank(a) - rank(b) || a.dueAt.localeCompare(b.dueAt)
}

export const formatTime = (iso: string) => dayjs(iso).format('YYYY-MM-DD HH:mm')
