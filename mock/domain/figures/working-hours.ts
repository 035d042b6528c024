/**
 * Response time counts office hours only: 09:00–18:00 Beijing time, Monday to Friday (the same weekdays
 * as `dueAt`, contract/rules/working-days.ts). A request sent on Friday evening and accepted on Monday
 * at 09:30 took half an hour, not 62 hours; nine working hours make one working day.
 */
import { isWorkingDay } from '../../../src/api/contract/rules/working-days'

const OFFSET_MS = 8 * 60 * 60 * 1000
const DAY_MS = 24 * 60 * 60 * 1000
const HOUR_MS = 60 * 60 * 1000
export const OPEN_HOUR = 9
export const CLOSE_HOUR = 18
export const HOURS_PER_WORKING_DAY = CLOSE_HOUR - OPEN_HOUR

/** Working hours between two instants (0 when `end` is not after `start`). */
export function workingHoursBetween(start: Date, end: Date): number {
  if (end.getTime() <= start.getTime()) return 0
  const firstDay = Math.floor((start.getTime() + OFFSET_MS) / DAY_MS)
  const lastDay = Math.floor((end.getTime() + OFFSET_MS) / DAY_MS)
  let ms = 0
  for (let day = firstDay; day <= lastDay; day += 1) {
    const midnight = day * DAY_MS - OFFSET_MS
    if (!isWorkingDay(new Date(midnight + 12 * HOUR_MS))) continue
    const open = Math.max(midnight + OPEN_HOUR * HOUR_MS, start.getTime())
    const close = Math.min(midnight + CLOSE_HOUR * HOUR_MS, end.getTime())
    if (close > open) ms += close - open
  }
  return ms / HOUR_MS
}
