import { userIdsWithRole } from '../access'
import type { Emit } from '../context'
import type { Db, SalonRow } from '../db'
import { bookingView, isPublicSalon, salonBookings, salonView, waitlist } from '../views'

import { notifyBooking } from './notices'

/** Only those who may read it hear of it: a salon never public concerns admins alone (isPublicSalon). */
export function emitSalonUpdated(db: Db, salon: SalonRow, emit: Emit): void {
  const audience = isPublicSalon(salon) ? [...db.users.keys()] : userIdsWithRole(db, 'admin')
  emit(audience, 'salon.updated', (userId: string) => salonView(db, salon, userId))
}

/** Fills free seats from the head of the waitlist (FIFO), then tells every waitlisted user its new place. */
export function promoteWaitlist(db: Db, salon: SalonRow, emit: Emit, at: Date): void {
  const confirmed = () =>
    salonBookings(db, salon.id).filter((b) => b.status === 'confirmed' || b.status === 'checked_in').length
  let free = salon.capacity - confirmed()
  const queue = waitlist(db, salon.id)
  const promoted = queue.slice(0, Math.max(0, free))
  for (const booking of promoted) {
    booking.status = 'confirmed'
    free -= 1
    emit([booking.userId], 'booking.updated', bookingView(db, booking))
    notifyBooking(db, emit, salon, booking.userId, 'promoted', at)
  }
  if (promoted.length === 0) return
  for (const booking of waitlist(db, salon.id))
    emit([booking.userId], 'booking.updated', bookingView(db, booking))
}
