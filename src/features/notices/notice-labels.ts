import dayjs from 'dayjs'

import type { NoticeKind } from '@/api/contract/schemas/notice'

/** The tag on each notice: what kind of thing happened, in a word or two. */
export const NOTICE_KIND_LABELS: Record<NoticeKind, string> = {
  request_status: '办理进度',
  materials_requested: '补充材料',
  rating_invitation: '邀请评价',
  booking_confirmed: '报名成功',
  booking_promoted: '候补递补',
  salon_changed: '活动变更',
  salon_cancelled: '活动取消',
  salon_tomorrow: '开场提醒',
  booking_offered: '候补待确认',
}

/** Today: the time; this year: month and day; older: the full date. */
export function noticeTime(iso: string, now = dayjs()): string {
  const at = dayjs(iso)
  if (at.isSame(now, 'day')) return at.format('HH:mm')
  if (at.isSame(now, 'year')) return at.format('M月D日 HH:mm')
  return at.format('YYYY年M月D日')
}
