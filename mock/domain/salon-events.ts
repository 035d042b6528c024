import { userIdsWithRole } from '../access'
import { parseIso, toIso } from '../clock'
import type { Emit } from '../context'
import type { Db, SalonRow } from '../db'
import { bookedCount, bookingView, isPublicSalon, salonView, waitlist } from '../views'

import { notifyBooking } from './notices'

/** Only those who may read it hear of it: a salon never public concerns admins alone (isPublicSalon). */
export function emitSalonUpdated(db: Db, salon: SalonRow, emit: Emit): void {
  const audience = isPublicSalon(salon) ? [...db.users.keys()] : userIdsWithRole(db, 'admin')
  emit(audience, 'salon.updated', (userId: string) => salonView(db, salon, userId))
}

/** Defaults of the salon's offer settings (offerThresholdHours, offerWindowHours). */
export const OFFER_THRESHOLD_HOURS = 24
export const OFFER_WINDOW_HOURS = 2

/**
 * Whether a seat freed at `at` is offered rather than given: close to the start (within the salon's
 * threshold) the next in line may have made other plans, so they confirm first. After the start the
 * seat is given as before (someone at the door takes it).
 */
export function offersSeats(salon: SalonRow, at: Date): boolean {
  const left = parseIso(salon.startAt).getTime() - at.getTime()
  return left > 0 && left < (salon.offerThresholdHours ?? OFFER_THRESHOLD_HOURS) * 3600_000
}

/**
 * Fills free seats from the head of the waitlist (FIFO), then tells every waitlisted user its new
 * place. Close to the start (offersSeats) the head gets an offer to confirm within the salon's window
 * (never past the start) instead; an offered booking holds its seat meanwhile.
 */
export function promoteWaitlist(db: Db, salon: SalonRow, emit: Emit, at: Date): void {
  let free = salon.capacity - bookedCount(db, salon.id)
  const queue = waitlist(db, salon.id)
  const promoted = queue.slice(0, Math.max(0, free))
  const offer = offersSeats(salon, at)
  const windowEnd = Math.min(
    at.getTime() + (salon.offerWindowHours ?? OFFER_WINDOW_HOURS) * 3600_000,
    parseIso(salon.startAt).getTime(),
  )
  for (const booking of promoted) {
    free -= 1
    if (offer) {
      booking.status = 'offered'
      booking.offerExpiresAt = toIso(new Date(windowEnd))
    } else booking.status = 'confirmed'
    emit([booking.userId], 'booking.updated', bookingView(db, booking))
    notifyBooking(db, emit, salon, booking.userId, offer ? 'offered' : 'promoted', at, booking.offerExpiresAt)
  }
  if (promoted.length === 0) return
  for (const booking of waitlist(db, salon.id))
    emit([booking.userId], 'booking.updated', bookingView(db, booking))
}

/**
 * The clock rule of offers, run before each signed-in call (the mock's tick): an offer not confirmed
 * by its offerExpiresAt lapses (cancelled, its offerExpiresAt kept to say why) and the seat goes to the
 * next in line by the same rule. Deterministic: only the backend's clock decides.
 */
export function expireOffers(db: Db, emit: Emit, now: Date): void {
  const nowMs = now.getTime()
  const touched = new Set<SalonRow>()
  for (const booking of db.bookings.values()) {
    if (booking.status !== 'offered' || !booking.offerExpiresAt) continue
    if (parseIso(booking.offerExpiresAt).getTime() > nowMs) continue
    booking.status = 'cancelled'
    emit([booking.userId], 'booking.updated', bookingView(db, booking))
    const salon = db.salons.get(booking.salonId)
    if (salon) touched.add(salon)
  }
  for (const salon of touched) {
    if (salon.status !== 'published') continue
    promoteWaitlist(db, salon, emit, now)
    emitSalonUpdated(db, salon, emit)
  }
}
