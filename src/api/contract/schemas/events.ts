import type { z } from 'zod'

import { MessageSchema, ReadStateSchema } from './chat'
import { JourneySchema } from './journey'
import { NoticeSchema } from './notice'
import { BookingSchema, SalonSchema } from './salon'
import { ServiceRequestSchema } from './service-request'
import { VisitSchema } from './visit'

/**
 * Every event the server pushes over the socket (`{ type, data }`), with the schema of its data. The
 * client's realtime types come from here (z.infer), the client parses each event with it, and the
 * mock emits only these.
 */
export const RealtimeEventSchemas = {
  /** A new message in one of the caller's conversations (their own included, from any device). */
  'message.created': MessageSchema,
  /** Someone in the conversation read up to a seq (the caller: unread counts; the other side: 已读). */
  'conversation.read': ReadStateSchema,
  /** A request the caller may see was created or changed status. */
  'request.updated': ServiceRequestSchema,
  /** A salon changed (seats, details, cancelled), as the receiving user sees it. */
  'salon.updated': SalonSchema,
  /** One of the caller's bookings changed (booked, cancelled, promoted from the waitlist, checked in). */
  'booking.updated': BookingSchema,
  /** A notice for the caller was created (the badge counts up; the centre lists it). */
  'notice.created': NoticeSchema,
  /** A visit to an enterprise the caller may see was planned, recorded or changed. */
  'visit.updated': VisitSchema,
  /** The landing journey of an enterprise the caller may see moved (a request completed, a mark). */
  'journey.updated': JourneySchema,
} as const

export type ServerEventType = keyof typeof RealtimeEventSchemas
export type ServerEventMap = { [K in ServerEventType]: z.infer<(typeof RealtimeEventSchemas)[K]> }
