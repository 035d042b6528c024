import type { SalonFeedbackSummary } from '../../src/api/contract/schemas/salon'
import type { Db } from '../db'
import { salonBookings } from '../views'

/**
 * Attendance and feedback of one salon. Who held a seat at the end (confirmed or checked in) is the
 * base: a confirmed booking never checked in is 未到. Cancelled, waitlisted and lapsed offers don't count.
 */
export function salonFeedbackSummary(db: Db, salonId: string): SalonFeedbackSummary {
  const bookings = salonBookings(db, salonId)
  const seated = bookings.filter((b) => b.status === 'confirmed' || b.status === 'checked_in')
  const checkedIn = seated.filter((b) => b.status === 'checked_in')
  const rated = bookings.filter((b) => b.feedback)
  const total = rated.reduce((sum, b) => sum + (b.feedback?.score ?? 0), 0)
  return {
    salonId,
    seatedCount: seated.length,
    checkedInCount: checkedIn.length,
    noShowCount: seated.length - checkedIn.length,
    attendanceRate: seated.length ? checkedIn.length / seated.length : null,
    feedbackCount: rated.length,
    // One decimal: what the admin reads; the count says how much it rests on.
    averageScore: rated.length ? Math.round((total / rated.length) * 10) / 10 : null,
    comments: rated
      .filter((b) => b.feedback?.comment)
      .map((b) => ({
        score: b.feedback?.score ?? 0,
        comment: b.feedback?.comment ?? '',
        createdAt: b.feedback?.createdAt ?? '',
        enterpriseName: db.enterprises.get(b.enterpriseId)?.name ?? '',
      }))
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt)),
  }
}
