import dayjs from 'dayjs'
import relativeTime from 'dayjs/plugin/relativeTime'

import 'dayjs/locale/zh-cn'

import { workingDaysBetween } from '@/api/contract/rules/working-days'
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

/**
 * A closed request's line instead of its due date, which no longer means anything: 已于 12月3日 办结 ·
 * 用时 3 个工作日 (counted as the due date was), or 已于 12月3日 撤销. Undefined while it is open.
 */
export function closedText(
  request: Pick<ServiceRequest, 'status' | 'createdAt' | 'updatedAt' | 'completedAt' | 'timeline'>,
): string | undefined {
  if (request.status === 'completed') {
    const done = request.completedAt ?? lastAt(request, 'complete')
    const days = workingDaysBetween(new Date(request.createdAt), new Date(done))
    const took = days === 0 ? '用时不到 1 个工作日' : `用时 ${days} 个工作日`
    return `已于 ${dayjs(done).format('M月D日')} 办结 · ${took}`
  }
  if (request.status === 'cancelled') return `已于 ${dayjs(lastAt(request, 'cancel')).format('M月D日')} 撤销`
  return undefined
}

/** When the request last took this action; its last change if the timeline lacks it. */
function lastAt(request: Pick<ServiceRequest, 'updatedAt' | 'timeline'>, action: 'complete' | 'cancel') {
  return [...request.timeline].reverse().find((event) => event.action === action)?.at ?? request.updatedAt
}

/** 3月3日提交: when a request was made, short enough for a list. */
export const submittedOn = (request: Pick<ServiceRequest, 'createdAt'>) =>
  `${dayjs(request.createdAt).format('M月D日')}提交`

export const isOverdue = (request: Pick<ServiceRequest, 'dueAt' | 'status'>, now = new Date()) =>
  dueInfo(request, now).overdue

/** 工作台 order: overdue first, then the nearest due date; closed ones last. */
export function byUrgency(a: ServiceRequest, b: ServiceRequest, now = new Date()): number {
  const rank = (r: ServiceRequest) => (isOverdue(r, now) ? 0 : isOpen(r) ? 1 : 2)
  return rank(a) - rank(b) || a.dueAt.localeCompare(b.dueAt)
}

export const formatTime = (iso: string) => dayjs(iso).format('YYYY-MM-DD HH:mm')
