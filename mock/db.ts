import type { JourneyRecord } from '../src/api/contract/rules/journey'
import type { Message } from '../src/api/contract/schemas/chat'
import type { Enterprise, User } from '../src/api/contract/schemas/enterprise'
import type { FileRef } from '../src/api/contract/schemas/file'
import type { Notice, SubscriptionConsent } from '../src/api/contract/schemas/notice'
import type { Booking, Salon } from '../src/api/contract/schemas/salon'
import type { ServiceRequest, ServiceType } from '../src/api/contract/schemas/service-request'
import type { Visit } from '../src/api/contract/schemas/visit'

import { randomString } from './crypto'
import type { FollowUpRow } from './domain/follow-ups'

export interface ConversationRow {
  id: string
  enterpriseId: string
  specialistId: string
  title: string
  /** messages[i].seq === i + 1: seq is gapless by construction. */
  messages: Message[]
  /** `${senderId}|${clientMsgId}` → the message it created, so a resend returns it. */
  byClientMsgId: Map<string, Message>
  readSeq: Map<string, number>
  updatedAt: string
}

/**
 * Stored without the derived counts and the per-caller myBooking. `withdrawnDraft` marks a salon
 * cancelled while still a draft: cancelled, yet never public (never sent out, see isPublicSalon).
 */
export type SalonRow = Omit<Salon, 'bookedCount' | 'waitlistCount' | 'myBooking'> & { withdrawnDraft?: true }

/** `order` keeps the waitlist FIFO even when two bookings share a createdAt. */
export type BookingRow = Omit<Booking, 'waitlistPosition'> & { order: number }

export interface FileRow {
  ref: FileRef
  ownerId: string
  data?: Uint8Array
}

/** A completed (2xx) answer to an Idempotency-Key; see mock/idempotency.ts for its bounds. */
export interface IdempotencyRow {
  /** SHA-256 (hex) of method, path and body: never the body itself. */
  fingerprint: string
  userId: string
  status: number
  body: unknown
  headers?: Record<string, string>
  /** Milliseconds on the backend's clock. */
  expiresAt: number
}

/** `seq` orders the list (newest first); `onceKey` marks a notice that must exist only once. */
export type NoticeRow = Notice & { userId: string; seq: number; onceKey?: string }

export type SubscriptionRow = SubscriptionConsent & { userId: string }

export interface Db {
  users: Map<string, User>
  enterprises: Map<string, Enterprise>
  serviceTypes: ServiceType[]
  requests: Map<string, ServiceRequest>
  conversations: Map<string, ConversationRow>
  salons: Map<string, SalonRow>
  bookings: Map<string, BookingRow>
  files: Map<string, FileRow>
  /** `${userId}|${key}` → the first completed answer. Scoped per user so two users can't collide. */
  idempotency: Map<string, IdempotencyRow>
  counters: Record<string, number>
  /** Notices, each for one user (mock/domain/notices.ts makes them). */
  notices: Map<string, NoticeRow>
  /** `${userId}|${topic}` → who agreed to which WeChat subscription message (sending is a real backend's). */
  subscriptions: Map<string, SubscriptionRow>
  /** 回访 owed for ratings of 不满意 or worse (domain/follow-ups.ts); the rest of a follow-up is derived. */
  followUps: Map<string, FollowUpRow>
  /** Deterministic pseudo-random numbers, for the seed only (its check-in codes); never at run time. */
  random: () => number
  /** Visits (走访), planned and done; count visits made with `status === 'done'` per `specialistId`. */
  visits: Map<string, Visit>
  /** enterpriseId → its landing journey's start and marks; the rest is derived (rules/journey.ts). */
  journeys: Map<string, JourneyRecord>
  /** The service centre's settings. */
  settings: Settings
}

export interface Settings {
  /** An enterprise with no contact for longer than this many days is overdue (联系超期). */
  contactRuleDays: number
}

export function nextId(db: Db, prefix: string): string {
  const n = (db.counters[prefix] ?? 0) + 1
  db.counters[prefix] = n
  return `${prefix}-${String(n).padStart(4, '0')}`
}

/** mulberry32: tiny, fast, and the same sequence for the same seed on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'

/** For the seed only: the same codes on every machine, so the demo world is the same everywhere. */
export function randomCode(db: Db, length: number): string {
  let code = ''
  for (let i = 0; i < length; i += 1) code += CODE_ALPHABET[Math.floor(db.random() * CODE_ALPHABET.length)]
  return code
}

const unusedCode = (db: Db, next: () => string) => {
  const taken = new Set([...db.bookings.values()].map((b) => b.checkInCode))
  for (;;) {
    const code = next()
    if (!taken.has(code)) return code
  }
}

/** The seed's bookings: six characters from the seeded generator (known demo data). */
export const seedCheckInCode = (db: Db): string => unusedCode(db, () => randomCode(db, 6))

/**
 * A booking made through the API: 8 characters of 32 (40 bits) from the platform's cryptographic
 * generator, so no one can compute the next code, after a reset or ever. Still short enough to type.
 */
export const newCheckInCode = (db: Db): string => unusedCode(db, () => randomString(CODE_ALPHABET, 8))
