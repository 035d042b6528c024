import * as z from 'zod'

import { DateTimeSchema, IdSchema, PageQuerySchema } from './common'

/**
 * What a notice is about. Each kind is made by the backend when its event happens (request status
 * changes, materials asked for, …) or, for the time-based ones (a salon starting tomorrow, a rating
 * invitation three days after completion), once when the backend's clock passes the moment.
 */
export const NOTICE_KINDS = [
  'request_status',
  'materials_requested',
  'rating_invitation',
  'booking_confirmed',
  'booking_promoted',
  'salon_changed',
  'salon_cancelled',
  'salon_tomorrow',
  'booking_offered',
] as const
export const NoticeKindSchema = z.enum(NOTICE_KINDS).meta({ id: 'NoticeKind' })

/** The object a notice opens: a service request or a salon (the app picks the page for the reader's role). */
export const NoticeTargetSchema = z
  .object({ type: z.enum(['request', 'salon']), id: IdSchema })
  .meta({ id: 'NoticeTarget' })

export const NoticeSchema = z
  .object({
    id: IdSchema,
    kind: NoticeKindSchema,
    title: z.string(),
    body: z.string(),
    target: NoticeTargetSchema,
    createdAt: DateTimeSchema,
    readAt: DateTimeSchema.optional().meta({ description: '已读时间；未读时没有' }),
  })
  .meta({ id: 'Notice' })

export const NoticeListSchema = z
  .object({
    items: z.array(NoticeSchema),
    nextCursor: z.string().nullable(),
    unreadCount: z.number().int().nonnegative().meta({ description: '调用者全部未读通知数（不受分页影响）' }),
  })
  .meta({ id: 'NoticeList' })

export const NoticeQuerySchema = PageQuerySchema.extend({
  unread: z.enum(['1'], { error: 'unread 只能为 1' }).optional().meta({ description: '1：只列未读' }),
})

export const ReadAllNoticesSchema = z
  .object({ updated: z.number().int().nonnegative(), unreadCount: z.literal(0) })
  .meta({ id: 'ReadAllNotices' })

/**
 * WeChat subscription-message templates the app asks for (at most 3 per ask): 办理进度 after a request
 * is submitted, 开场提醒 after booking a salon, 候补递补 when waitlisted. The template ids themselves are
 * configuration (the app's TARO_APP_SUBSCRIBE_* build variables), sent along with each choice.
 */
export const SUBSCRIPTION_TOPICS = ['request_progress', 'salon_reminder', 'waitlist_promoted'] as const
export const SubscriptionTopicSchema = z.enum(SUBSCRIPTION_TOPICS).meta({ id: 'SubscriptionTopic' })

/**
 * WeChat's answer per template: accept, reject, ban (WeChat banned the template), filter (WeChat dropped
 * it: another template of the ask has the same title).
 */
export const SubscriptionResultSchema = z
  .enum(['accept', 'reject', 'ban', 'filter'], { error: '订阅结果只能是 accept、reject、ban 或 filter' })
  .meta({ id: 'SubscriptionResult' })

const TEMPLATE_ID = '请提供模板编号（1–64 位字母、数字、下划线或短横线）'

/**
 * Which subscription topic carries each kind of notice outside the app: a real backend sends the
 * WeChat message of this topic (subscribeMessage.send) when the user holds an unused consent for it.
 * The rating invitation travels as 办理进度: it is the last step of the request the owner followed.
 */
export const NOTICE_TOPICS: Record<NoticeKind, SubscriptionTopic> = {
  request_status: 'request_progress',
  materials_requested: 'request_progress',
  rating_invitation: 'request_progress',
  booking_confirmed: 'salon_reminder',
  booking_promoted: 'waitlist_promoted',
  salon_changed: 'salon_reminder',
  salon_cancelled: 'salon_reminder',
  salon_tomorrow: 'salon_reminder',
  booking_offered: 'waitlist_promoted',
}

export const SubscriptionChoiceSchema = z.object({
  topic: SubscriptionTopicSchema,
  templateId: z.string({ error: TEMPLATE_ID }).regex(/^[A-Za-z0-9_-]{1,64}$/, TEMPLATE_ID),
  result: SubscriptionResultSchema,
})

export const RecordSubscriptionsBodySchema = z.object({
  // WeChat asks for at most 3 templates at a time, so one ask records at most 3 choices.
  choices: z
    .array(SubscriptionChoiceSchema, { error: '请提供订阅结果' })
    .min(1, '请提供订阅结果')
    .max(3, '一次最多 3 个模板'),
  /** What the ask followed (the request or salon), for the sender to address the message. */
  target: NoticeTargetSchema.optional(),
})

/** Who agreed to what: per topic the last answer and how many one-time sends the user has granted. */
export const SubscriptionConsentSchema = z
  .object({
    topic: SubscriptionTopicSchema,
    templateId: z.string(),
    lastResult: SubscriptionResultSchema,
    /** Each accept of a one-time template allows one message; a real backend uses one per send. */
    available: z.number().int().nonnegative(),
    updatedAt: DateTimeSchema,
  })
  .meta({ id: 'SubscriptionConsent' })

export const SubscriptionConsentListSchema = z
  .object({ items: z.array(SubscriptionConsentSchema) })
  .meta({ id: 'SubscriptionConsentList' })

export type NoticeKind = z.infer<typeof NoticeKindSchema>
export type NoticeTarget = z.infer<typeof NoticeTargetSchema>
export type Notice = z.infer<typeof NoticeSchema>
export type NoticeList = z.infer<typeof NoticeListSchema>
export type NoticeQuery = z.infer<typeof NoticeQuerySchema>
export type SubscriptionTopic = z.infer<typeof SubscriptionTopicSchema>
export type SubscriptionResult = z.infer<typeof SubscriptionResultSchema>
export type SubscriptionChoice = z.infer<typeof SubscriptionChoiceSchema>
export type RecordSubscriptionsBody = z.infer<typeof RecordSubscriptionsBodySchema>
export type SubscriptionConsent = z.infer<typeof SubscriptionConsentSchema>
