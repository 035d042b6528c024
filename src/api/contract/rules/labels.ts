import type { BookingStatus } from '../schemas/salon'
import type { RequestAction, RequestStatus, TimelineEvent } from '../schemas/service-request'

/** The words for a request's status, on the app's tags and tabs and in the backend's error messages. */
export const STATUS_LABELS: Record<RequestStatus, string> = {
  submitted: '已提交',
  accepted: '已受理',
  in_progress: '办理中',
  awaiting_materials: '待补充材料',
  completed: '已办结',
  cancelled: '已撤销',
}

/**
 * The words for an action: on its button, in the timeline, and in sentences such as 「不能撤销申请」 or
 * 「已受理」, so each must read well after 不能, 可以 and 已. `create` is the timeline's first step.
 */
export const ACTION_LABELS: Record<RequestAction | 'create', string> = {
  create: '提交申请',
  accept: '受理',
  start: '开始办理',
  request_materials: '要求补充材料',
  submit_materials: '补充材料',
  complete: '办结',
  cancel: '撤销申请',
  rate: '评价',
}

/**
 * A booking's status as the organisers read it: the admin's attendee tabs and the exported CSV. The
 * owner's own booking is worded for them instead (已报名, 候补第 n 位: features/salons/salon-format.ts).
 */
export const BOOKING_STATUS_LABELS: Record<BookingStatus, string> = {
  confirmed: '已确认',
  waitlisted: '候补',
  cancelled: '已取消',
  checked_in: '已签到',
  offered: '候补待确认',
}

/** The timeline's words: every action, plus the 回访 steps that change no status. */
export const TIMELINE_LABELS: Record<TimelineEvent['action'], string> = {
  ...ACTION_LABELS,
  follow_up: '服务中心回访',
  follow_up_confirm: '确认回访结果',
}
