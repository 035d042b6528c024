import dayjs from 'dayjs'

import type { Booking, Salon } from '@/api/contract/schemas/salon'

export const formatDateTime = (iso: string) => dayjs(iso).format('M月D日 HH:mm')

/** "3月5日 14:00–16:30" on one day, both ends in full otherwise. */
export function formatRange(startAt: string, endAt: string): string {
  const start = dayjs(startAt)
  const end = dayjs(endAt)
  return start.isSame(end, 'day')
    ? `${start.format('M月D日 HH:mm')}–${end.format('HH:mm')}`
    : `${start.format('M月D日 HH:mm')} – ${end.format('M月D日 HH:mm')}`
}

export const seatsLeft = (salon: Salon) => Math.max(0, salon.capacity - salon.bookedCount)

/** The seats line of a card: scarcity is what owners act on, so the last seats are counted out. */
export function seatsLabel(salon: Salon, now = Date.now()): string {
  if (salon.status === 'cancelled') return '已取消'
  if (salon.status === 'draft') return `草稿 · ${salon.capacity} 席`
  if (Date.parse(salon.endAt) < now) return `已结束 · ${salon.bookedCount} 人参加`
  const left = seatsLeft(salon)
  const closed = Date.parse(salon.bookingDeadline) < now
  if (left === 0) return closed ? '已满' : '已满 · 可候补'
  if (closed) return '报名已截止'
  return left <= 5 ? `仅剩 ${left} 席` : `剩余 ${left} 席`
}

/** The admin list's tabs; a salon belongs to exactly one. */
export type SalonTab = 'draft' | 'published' | 'past' | 'cancelled'

export function salonTabOf(salon: Pick<Salon, 'status' | 'endAt'>, now = Date.now()): SalonTab {
  if (salon.status !== 'published') return salon.status
  return Date.parse(salon.endAt) < now ? 'past' : 'published'
}

const STATUS_TEXT: Record<Booking['status'], string> = {
  confirmed: '已报名',
  waitlisted: '候补中',
  cancelled: '已取消',
  checked_in: '已签到',
  offered: '候补名额待确认',
}

/** The time an offer has left, rounded down to minutes: "1 小时 20 分", "15 分钟", or 已超时. */
export function offerTimeLeft(expiresAt: string, now = Date.now()): string {
  const ms = Date.parse(expiresAt) - now
  if (ms <= 0) return '已超时'
  const minutes = Math.floor(ms / 60_000)
  if (!minutes) return '不到 1 分钟'
  const hours = Math.floor(minutes / 60)
  if (!hours) return `${minutes} 分钟`
  return minutes % 60 ? `${hours} 小时 ${minutes % 60} 分` : `${hours} 小时`
}

/** What a booking means to its owner, in a few words: the waitlist place is what they wait on. */
export function bookingLabel(
  booking: Pick<Booking, 'status' | 'waitlistPosition' | 'offerExpiresAt'>,
  now = Date.now(),
  salonEndAt?: string,
): string {
  // A seat held to the end and never checked in: they didn't come.
  if (booking.status === 'confirmed' && salonEndAt && Date.parse(salonEndAt) < now) return '未到'
  if (booking.status === 'waitlisted' && booking.waitlistPosition)
    return `候补第 ${booking.waitlistPosition} 位`
  if (booking.status === 'offered' && booking.offerExpiresAt)
    return `待确认 · 剩 ${offerTimeLeft(booking.offerExpiresAt, now)}`
  return STATUS_TEXT[booking.status]
}
