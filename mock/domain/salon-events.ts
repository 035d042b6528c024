import { userIdsWithRole } from '../access'
import type { Emit } from '../context'
import type { Db, SalonRow } from '../db'
import { bookingView, salonBookings, salonView, waitlist } from '../views'

/** A draft concerns only admins; anything published or cancelled concerns everyone who can list it. */
export function emitSalonUpdated(db: Db, salon: SalonRow, emit: Emit): void {
  const audience = salon.status === 'draft' ? userIdsWithRole(db, 'admin') : [...db.users.keys()]
  emit(audience, 'salon.updated', (userId: string) => salonView(db, salon, userId))
}

/** Fills free seats from the head of the waitlist (FIFO), then tells every waitlisted user its new place. */
export function promoteWaitlist(db: Db, salon: SalonRow, emit: Emit): void {
  const confirmed = () =>
    salonBookings(db, salon.id).filter((b) => b.status === 'confirmed' || b.status === 'checked_in').length
  let free = salon.capacity - confirmed()
  const queue = waitlist(db, salon.id)
  const promoted = queue.slice(0, Math.max(0, free))
  for (const booking of promoted) {
    booking.status = 'confirmed'
    free -= 1
    emit([booking.userId], 'booking.updated', bookingView(db, booking))
  }
  if (promoted.length === 0) return
  for (const booking of waitlist(db, salon.id))
    emit([booking.userId], 'booking.updated', bookingView(db, booking))
}
