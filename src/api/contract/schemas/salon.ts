import { z } from 'zod'

import { DateTimeSchema, IdSchema, IndustryChainSchema, PageQuerySchema, listOf } from './common'

export const SalonStatusSchema = z.enum(['draft', 'published', 'cancelled']).meta({ id: 'SalonStatus' })
export const BookingStatusSchema = z
  .enum(['confirmed', 'waitlisted', 'cancelled', 'checked_in'])
  .meta({ id: 'BookingStatus' })

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
  })
  .meta({ id: 'Booking' })

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
    bookedCount: z.number().int().nonnegative().meta({ description: '已确认（含已签到）人数' }),
    waitlistCount: z.number().int().nonnegative(),
    myBooking: BookingSchema.optional().meta({ description: '调用者在此活动上仍有效的报名' }),
  })
  .meta({ id: 'Salon' })
export const SalonListSchema = listOf(SalonSchema, 'SalonList')

export const SalonQuerySchema = PageQuerySchema.extend({
  when: z.enum(['upcoming', 'past']).optional().meta({ description: 'upcoming：未结束；past：已结束' }),
  industryChain: IndustryChainSchema.optional(),
  status: SalonStatusSchema.optional().meta({ description: '仅管理员有效' }),
})

// The messages the backend's 400 details and the salon form both show, so they are written here once.
const TITLE = '请填写标题（2–60 字）'
const SUMMARY = '请填写一句话简介（120 字以内）'
const DESCRIPTION = '介绍不能超过 5000 字'
const SPEAKERS = '每位嘉宾名字不超过 40 字，最多 20 位'
const LOCATION = '请填写地点（120 字以内）'
const CAPACITY = '名额须为不少于 1 的整数'

const salonFields = {
  title: z.string({ error: TITLE }).trim().min(2, TITLE).max(60, TITLE),
  summary: z.string({ error: SUMMARY }).trim().min(1, SUMMARY).max(120, SUMMARY),
  description: z.string({ error: DESCRIPTION }).trim().max(5000, DESCRIPTION),
  industryChain: IndustryChainSchema.optional(),
  speakers: z
    .array(z.string({ error: SPEAKERS }).trim().min(1, SPEAKERS).max(40, SPEAKERS), { error: SPEAKERS })
    .max(20, SPEAKERS),
  location: z.string({ error: LOCATION }).trim().min(1, LOCATION).max(120, LOCATION),
  startAt: DateTimeSchema,
  endAt: DateTimeSchema,
  capacity: z.number({ error: CAPACITY }).int(CAPACITY).min(1, CAPACITY).max(10000, '名额不能超过 10000'),
  bookingDeadline: DateTimeSchema,
}

/** Times must be ordered, bookingDeadline ≤ startAt < endAt: rules/salon-times.ts, 400 when not. */
export const CreateSalonBodySchema = z.object(salonFields)
// PUT replaces every editable field: WeChat's wx.request has no PATCH, so there is no partial update.
export const UpdateSalonBodySchema = z.object(salonFields)
export const CancelSalonBodySchema = z.object({ reason: z.string().trim().min(1).max(200) })

/** POST /salons/:id/bookings takes no fields; an empty object or no body at all. */
export const CreateBookingBodySchema = z.object({}).optional()

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
