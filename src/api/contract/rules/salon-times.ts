import type { FieldError } from '../schemas/common'

interface SalonTimes {
  startAt: string
  endAt: string
  bookingDeadline: string
}

/**
 * bookingDeadline ≤ startAt < endAt, or the salon can't be held as described: the backend answers 400
 * with these details and the salon form shows them next to the fields before sending.
 */
export function salonTimeErrors(times: SalonTimes): FieldError[] {
  const start = Date.parse(times.startAt)
  const errors: FieldError[] = []
  if (Date.parse(times.endAt) <= start) errors.push({ path: 'endAt', message: '结束时间须晚于开始时间' })
  if (Date.parse(times.bookingDeadline) > start) {
    errors.push({ path: 'bookingDeadline', message: '报名截止时间不能晚于开始时间' })
  }
  return errors
}

/** Seats can't drop below the bookings already confirmed (409 CONFLICT from the backend). */
export function salonCapacityError(capacity: number, booked: number): FieldError | undefined {
  return capacity < booked
    ? { path: 'capacity', message: `名额不能少于已确认的报名人数（${booked} 人）` }
    : undefined
}
