import type { FieldError } from '../../src/api/contract/schemas/common'

/** bookingDeadline ≤ startAt < endAt, or the salon can't be held as described. */
export function checkSalonTimes(times: {
  startAt: string
  endAt: string
  bookingDeadline: string
}): FieldError[] {
  const start = Date.parse(times.startAt)
  const errors: FieldError[] = []
  if (Date.parse(times.endAt) <= start) errors.push({ path: 'endAt', message: '结束时间须晚于开始时间' })
  if (Date.parse(times.bookingDeadline) > start) {
    errors.push({ path: 'bookingDeadline', message: '报名截止时间不能晚于开始时间' })
  }
  return errors
}
