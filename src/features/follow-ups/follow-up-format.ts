import dayjs from 'dayjs'

import type { FollowUp, FollowUpMethod, FollowUpStatus } from '@/api/contract/schemas/follow-up'

export const FOLLOW_UP_STATUS_LABELS: Record<FollowUpStatus, string> = {
  pending: '待回访',
  recorded: '待企业确认',
  solved: '已解决',
}

export const METHOD_LABELS: Record<FollowUpMethod, string> = { call: '电话回访', visit: '上门回访' }

export const formatTime = (iso: string) => dayjs(iso).format('YYYY-MM-DD HH:mm')

/** What the deadline line says: overdue in red words, or when it is due. */
export function dueText(followUp: Pick<FollowUp, 'status' | 'dueAt' | 'overdue'>): string | undefined {
  if (followUp.status !== 'pending') return undefined
  return followUp.overdue
    ? `已超时 · 应于 ${formatTime(followUp.dueAt)} 前回访`
    : `${formatTime(followUp.dueAt)} 前回访`
}
