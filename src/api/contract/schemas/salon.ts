import * as z from 'zod'

import { SALON_LIMITS, SALON_MESSAGES, type TextLimits } from '../rules/salon-limits'

import { DateTimeSchema, IdSchema, IndustryChainSchema, PageQuerySchema, listOf } from './common'
import { FileRefSchema } from './file'

export const SalonStatusSchema = z.enum(['draft', 'published', 'cancelled']).meta({ id: 'SalonStatus' })
export const BookingStatusSchema = z
  .enum(['confirmed', 'waitlisted', 'cancelled', 'checked_in', 'offered'])
  .meta({ id: 'BookingStatus', description: 'offered：候补名额待本人在时限内确认（offerExpiresAt）' })

const FEEDBACK_SCORE = '请选择 1～5 分'
const FEEDBACK_COMMENT = '评价内容不能超过 500 字'

/** After the event, from someone who checked in: a score and a comment, once. */
export const BookingFeedbackSchema = z
  .object({
    score: z.number().int().min(1).max(5),
    comment: z.string(),
    createdAt: DateTimeSchema,
  })
  .meta({ id: 'BookingFeedback' })

export const CreateFeedbackBodySchema = z.object({
  score: z
    .number({ error: FEEDBACK_SCORE })
    .int(FEEDBACK_SCORE)
    .min(1, FEEDBACK_SCORE)
    .max(5, FEEDBACK_SCORE),
  comment: z.string({ error: FEEDBACK_COMMENT }).trim().max(500, FEEDBACK_COMMENT).default(''),
})

export const BookingSchema = z
  .object({
    id: IdSchema,
    salonId: IdSchema,
    userId: IdSchema,
    enterpriseId: IdSchema,
    status: BookingStatusSchema,
    waitlistPosition: z.number().int().positive().optional().meta({ description: '仅候补：第几位' }),
    checkInCode: z.string(),
    createdAt: DateTimeSchema,
    checkedInAt: DateTimeSchema.optional().meta({ description: '仅已签到：签到时间' }),
    answers: z
      .record(z.string(), z.string())
      .optional()
      .meta({ description: '报名时填写的信息，按信息项 key' }),
    feedback: BookingFeedbackSchema.optional().meta({
      description: '签到参加者在活动结束后的评价（每个报名一次）',
    }),
    offerExpiresAt: DateTimeSchema.optional().meta({
      description: '候补名额的确认截止时间（offered 时；逾期未确认的名额顺延给下一位）',
    }),
  })
  .meta({ id: 'Booking' })

// Agenda, speaker profiles, poster and coordinates came later: optional, so older salons stay valid.
const AGENDA = '议程每项须有 HH:mm 时间和主题（主题 60 字、嘉宾 40 字以内），最多 30 项'
const PROFILE = '嘉宾须有姓名（40 字以内），职务、单位各 60 字以内，最多 20 位'
const COORDINATES = '坐标须为有效的纬度（-90～90）和经度（-180～180）'
const POSTER = '海报须为 jpg 或 png 图片'

export const AgendaItemSchema = z
  .object({
    time: z.string({ error: AGENDA }).regex(/^([01]\d|2[0-3]):[0-5]\d$/, AGENDA),
    topic: z.string({ error: AGENDA }).trim().min(1, AGENDA).max(60, AGENDA),
    speaker: z.string({ error: AGENDA }).trim().max(40, AGENDA).optional(),
  })
  .meta({ id: 'AgendaItem' })
export const SpeakerProfileSchema = z
  .object({
    name: z.string({ error: PROFILE }).trim().min(1, PROFILE).max(40, PROFILE),
    title: z.string({ error: PROFILE }).trim().max(60, PROFILE).optional(),
    organisation: z.string({ error: PROFILE }).trim().max(60, PROFILE).optional(),
  })
  .meta({ id: 'SpeakerProfile' })
export const GeoPointSchema = z
  .object({
    latitude: z.number({ error: COORDINATES }).min(-90, COORDINATES).max(90, COORDINATES),
    longitude: z.number({ error: COORDINATES }).min(-180, COORDINATES).max(180, COORDINATES),
  })
  .meta({ id: 'GeoPoint', description: 'GCJ-02 坐标（微信 openLocation 所用）' })

const SIGNUP = '报名信息项须有名称（20 字以内），最多 10 项，名称不能重复'

/** A question booking asks (姓名, 职务, 手机号 are typical); `kind` picks the input and its check. */
export const SignupFieldSchema = z
  .object({
    key: z.string({ error: SIGNUP }).regex(/^[a-z][a-z0-9_]{0,19}$/, SIGNUP),
    label: z.string({ error: SIGNUP }).trim().min(1, SIGNUP).max(20, SIGNUP),
    required: z.boolean({ error: SIGNUP }),
    kind: z.enum(['text', 'phone'], { error: SIGNUP }),
  })
  .meta({ id: 'SignupField' })

const OFFER_THRESHOLD = '候补确认的提前时间须为 0～168 小时的整数'
const OFFER_WINDOW = '候补确认时限须为 1～48 小时的整数'

const salonExtras = {
  // A seat freed closer to the start than this is offered, not given: the next in line may no longer come.
  offerThresholdHours: z
    .number({ error: OFFER_THRESHOLD })
    .int(OFFER_THRESHOLD)
    .min(0, OFFER_THRESHOLD)
    .max(168, OFFER_THRESHOLD)
    .optional()
    .meta({ description: '开场前多少小时内空出的名额改为“待确认”（默认 24）' }),
  offerWindowHours: z
    .number({ error: OFFER_WINDOW })
    .int(OFFER_WINDOW)
    .min(1, OFFER_WINDOW)
    .max(48, OFFER_WINDOW)
    .optional()
    .meta({ description: '候补名额的确认时限，小时（默认 2）' }),
  agenda: z.array(AgendaItemSchema, { error: AGENDA }).max(30, AGENDA).optional(),
  speakerProfiles: z.array(SpeakerProfileSchema, { error: PROFILE }).max(20, PROFILE).optional(),
  coordinates: GeoPointSchema.optional(),
  signupFields: z
    .array(SignupFieldSchema, { error: SIGNUP })
    .max(10, SIGNUP)
    .refine((fields) => new Set(fields.map((f) => f.key)).size === fields.length, SIGNUP)
    .optional()
    .meta({ description: '报名时要填写的信息项（管理员按场设置）' }),
  poster: FileRefSchema.refine((ref) => ref.mime.startsWith('image/'), POSTER)
    .optional()
    .meta({ description: '海报：管理员上传的图片（POST /files 的应答）' }),
}

export const SalonSchema = z
  .object({
    id: IdSchema,
    title: z.string(),
    summary: z.string(),
    description: z.string(),
    industryChain: IndustryChainSchema.optional(),
    speakers: z.array(z.string()),
    location: z.string(),
    startAt: DateTimeSchema,
    endAt: DateTimeSchema,
    capacity: z.number().int().positive(),
    bookingDeadline: DateTimeSchema,
    status: SalonStatusSchema,
    cancelReason: z.string().optional(),
    bookedCount: z
      .number()
      .int()
      .nonnegative()
      .meta({ description: '占用席位人数：已确认、已签到和候补待确认' }),
    waitlistCount: z.number().int().nonnegative(),
    myBooking: BookingSchema.optional().meta({ description: '调用者在此活动上仍有效的报名' }),
    ...salonExtras,
  })
  .meta({ id: 'Salon' })
export const SalonListSchema = listOf(SalonSchema, 'SalonList')

export const SalonQuerySchema = PageQuerySchema.extend({
  when: z.enum(['upcoming', 'past']).optional().meta({ description: 'upcoming：未结束；past：已结束' }),
  industryChain: IndustryChainSchema.optional(),
  status: SalonStatusSchema.optional().meta({ description: '仅管理员有效' }),
})

// The limits and messages are the salon form's too (rules/salon-limits.ts; its zod/mini schema is
// rules/salon-fields.ts): the backend's 400 details and the form say the same thing.
const M = SALON_MESSAGES
const L = SALON_LIMITS

/** Trimmed text within its limits: one message for every way it can be wrong. */
function text(limits: TextLimits, message: string) {
  const trimmed = z.string({ error: message }).trim()
  return (limits.min === undefined ? trimmed : trimmed.min(limits.min, message)).max(limits.max, message)
}

const salonFields = {
  title: text(L.title, M.title),
  summary: text(L.summary, M.summary),
  description: text(L.description, M.description),
  industryChain: IndustryChainSchema.optional(),
  speakers: z.array(text(L.speaker, M.speakers), { error: M.speakers }).max(L.speakers, M.speakers),
  location: text(L.location, M.location),
  startAt: DateTimeSchema,
  endAt: DateTimeSchema,
  capacity: z
    .number({ error: M.capacity })
    .int(M.capacity)
    .min(L.capacity.min, M.capacity)
    .max(L.capacity.max, M.capacityMax),
  bookingDeadline: DateTimeSchema,
  ...salonExtras,
}

/** Times must be ordered, bookingDeadline ≤ startAt < endAt: rules/salon-times.ts, 400 when not. */
export const CreateSalonBodySchema = z.object(salonFields)
// PUT replaces every editable field: WeChat's wx.request has no PATCH, so there is no partial update.
export const UpdateSalonBodySchema = z.object(salonFields)
export const CancelSalonBodySchema = z.object({ reason: z.string().trim().min(1).max(200) })

/**
 * POST /salons/:id/bookings: the answers to the salon's signupFields, by key (checked by
 * rules/signup-fields.ts); a salon without them takes an empty object or no body at all.
 */
export const CreateBookingBodySchema = z
  .object({ answers: z.record(z.string(), z.string().max(200)).optional() })
  .optional()

export const SalonBriefSchema = SalonSchema.pick({
  id: true,
  title: true,
  startAt: true,
  endAt: true,
  location: true,
  status: true,
}).meta({ id: 'SalonBrief' })

export const MyBookingSchema = BookingSchema.extend({ salon: SalonBriefSchema }).meta({ id: 'MyBooking' })
export const MyBookingListSchema = listOf(MyBookingSchema, 'MyBookingList')
export const MyBookingQuerySchema = PageQuerySchema.extend({
  status: BookingStatusSchema.optional(),
})

export const AttendeeBookingSchema = BookingSchema.extend({
  userName: z.string(),
  enterpriseName: z.string(),
}).meta({ id: 'AttendeeBooking' })
export const AttendeeBookingListSchema = listOf(AttendeeBookingSchema, 'AttendeeBookingList')

/** A code checks in only at the salon it was booked for: the admin names the salon at the door. */
export const CheckInBodySchema = z.object({
  salonId: IdSchema.meta({ description: '签到所在的沙龙；签到码属于其他沙龙时 400 VALIDATION_FAILED' }),
  checkInCode: z.string().trim().min(4).max(32),
})
export const CheckInResultSchema = z
  .object({ booking: AttendeeBookingSchema, salon: SalonBriefSchema })
  .meta({ id: 'CheckInResult' })

/**
 * A salon after the event, for the admin: who came (checked in over those who held a seat: confirmed
 * or checked in; the rest are 未到) and what attendees said.
 */
export const SalonFeedbackSummarySchema = z
  .object({
    salonId: IdSchema,
    seatedCount: z.number().int().nonnegative().meta({ description: '确认参加（含已签到）人数' }),
    checkedInCount: z.number().int().nonnegative(),
    noShowCount: z.number().int().nonnegative().meta({ description: '未到：确认参加但未签到' }),
    attendanceRate: z.number().min(0).max(1).nullable().meta({ description: '签到率；无人确认时为 null' }),
    feedbackCount: z.number().int().nonnegative(),
    averageScore: z.number().min(1).max(5).nullable(),
    comments: z.array(
      z.object({
        score: z.number().int(),
        comment: z.string(),
        createdAt: DateTimeSchema,
        enterpriseName: z.string(),
      }),
    ),
  })
  .meta({ id: 'SalonFeedbackSummary' })

export type BookingFeedback = z.infer<typeof BookingFeedbackSchema>
export type CreateFeedbackBody = z.infer<typeof CreateFeedbackBodySchema>
export type SalonFeedbackSummary = z.infer<typeof SalonFeedbackSummarySchema>
export type SalonStatus = z.infer<typeof SalonStatusSchema>
export type BookingStatus = z.infer<typeof BookingStatusSchema>
export type Booking = z.infer<typeof BookingSchema>
export type Salon = z.infer<typeof SalonSchema>
export type SalonList = z.infer<typeof SalonListSchema>
export type SalonQuery = z.infer<typeof SalonQuerySchema>
export type CreateSalonBody = z.infer<typeof CreateSalonBodySchema>
export type UpdateSalonBody = z.infer<typeof UpdateSalonBodySchema>
export type CancelSalonBody = z.infer<typeof CancelSalonBodySchema>
export type SalonBrief = z.infer<typeof SalonBriefSchema>
export type MyBooking = z.infer<typeof MyBookingSchema>
export type AttendeeBooking = z.infer<typeof AttendeeBookingSchema>
export type CheckInBody = z.infer<typeof CheckInBodySchema>
export type CheckInResult = z.infer<typeof CheckInResultSchema>
export type AgendaItem = z.infer<typeof AgendaItemSchema>
export type SpeakerProfile = z.infer<typeof SpeakerProfileSchema>
export type GeoPoint = z.infer<typeof GeoPointSchema>
export type SignupField = z.infer<typeof SignupFieldSchema>
