import type { Conversation } from '../src/api/contract/schemas/chat'
import type { User } from '../src/api/contract/schemas/enterprise'
import type { AttendeeBooking, Booking, Salon, SalonBrief } from '../src/api/contract/schemas/salon'

import type { BookingRow, ConversationRow, Db, SalonRow } from './db'

const ACTIVE = new Set(['confirmed', 'waitlisted', 'checked_in', 'offered'])
/** Statuses that hold a seat: an offered one is kept for its owner until the offer runs out. */
const SEATED = new Set(['confirmed', 'checked_in', 'offered'])
export const holdsSeat = (b: BookingRow) => SEATED.has(b.status)

export const isActiveBooking = (b: BookingRow) => ACTIVE.has(b.status)

export function salonBookings(db: Db, salonId: string): BookingRow[] {
  return [...db.bookings.values()].filter((b) => b.salonId === salonId).sort((a, b) => a.order - b.order)
}

export function waitlist(db: Db, salonId: string): BookingRow[] {
  return salonBookings(db, salonId).filter((b) => b.status === 'waitlisted')
}

export function bookedCount(db: Db, salonId: string): number {
  return salonBookings(db, salonId).filter(holdsSeat).length
}

export function bookingView(db: Db, row: BookingRow): Booking {
  const { order: _order, ...booking } = row
  void _order
  if (row.status !== 'waitlisted') return booking
  const position = waitlist(db, row.salonId).findIndex((b) => b.id === row.id) + 1
  return { ...booking, waitlistPosition: position }
}

export function attendeeView(db: Db, row: BookingRow): AttendeeBooking {
  return {
    ...bookingView(db, row),
    userName: db.users.get(row.userId)?.name ?? '',
    enterpriseName: db.enterprises.get(row.enterpriseId)?.name ?? '',
  }
}

/** Owners and specialists see a salon once it was published: published, or cancelled after that. */
export const isPublicSalon = (row: SalonRow) => row.status !== 'draft' && !row.withdrawnDraft

export function salonView(db: Db, row: SalonRow, userId: string | undefined): Salon {
  const all = salonBookings(db, row.id)
  const mine = all.find((b) => b.userId === userId && isActiveBooking(b))
  const { withdrawnDraft: _withdrawn, ...fields } = row
  void _withdrawn
  const salon: Salon = {
    ...fields,
    bookedCount: all.filter(holdsSeat).length,
    waitlistCount: all.filter((b) => b.status === 'waitlisted').length,
  }
  if (mine) salon.myBooking = bookingView(db, mine)
  return salon
}

export function salonBrief(row: SalonRow): SalonBrief {
  return {
    id: row.id,
    title: row.title,
    startAt: row.startAt,
    endAt: row.endAt,
    location: row.location,
    status: row.status,
  }
}

/** Titles are the caller's view: an owner sees who it talks to, a specialist which enterprise. */
export function conversationView(db: Db, row: ConversationRow, user: User): Conversation {
  const lastSeq = row.messages.length
  const lastReadSeq = Math.min(row.readSeq.get(user.id) ?? 0, lastSeq)
  const specialist = db.users.get(row.specialistId)
  const title =
    user.role === 'owner' && specialist
      ? `${specialist.name}（${specialist.kind === 'liaison' ? '联络专员' : '服务专员'}）`
      : (db.enterprises.get(row.enterpriseId)?.name ?? row.title)
  const conversation: Conversation = {
    id: row.id,
    enterpriseId: row.enterpriseId,
    specialistId: row.specialistId,
    title,
    lastSeq,
    lastReadSeq,
    unreadCount: row.messages.slice(lastReadSeq).filter((m) => m.senderId !== user.id).length,
    updatedAt: row.updatedAt,
  }
  const last = row.messages[lastSeq - 1]
  if (last) conversation.lastMessage = last
  return conversation
}
