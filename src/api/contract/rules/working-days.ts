/**
 * Requests are due a number of working days after they are made: Monday to Friday, in Beijing time
 * (UTC+8, no DST) wherever the phone is. The backend adds them to make a due date (`addWorkingDays`);
 * the app counts them back, for how long a closed request took (`workingDaysBetween`). One calendar.
 */
const OFFSET_MS = 8 * 60 * 60 * 1000
const DAY_MS = 24 * 60 * 60 * 1000

/** Whole days since 1970-01-01 on the Beijing calendar. */
const beijingDay = (date: Date) => Math.floor((date.getTime() + OFFSET_MS) / DAY_MS)

/** 1970-01-01 was a Thursday: day 0 is weekday 4 (0 = Sunday). */
const isWeekday = (day: number) => {
  const weekday = (((day + 4) % 7) + 7) % 7
  return weekday !== 0 && weekday !== 6
}

/**
 * The working days after the day of `start` up to and including the day of `end`: 0 for the same day,
 * 1 for the next working day, as many as `addWorkingDays` would have added to reach that day.
 */
export function workingDaysBetween(start: Date, end: Date): number {
  const first = beijingDay(start)
  const last = beijingDay(end)
  let count = 0
  for (let day = first + 1; day <= last; day += 1) if (isWeekday(day)) count += 1
  return count
}

/** Whether `date` falls on Monday to Friday in Beijing. */
export const isWorkingDay = (date: Date) => isWeekday(beijingDay(date))

/** `days` working days after `start`, moving a calendar day at a time; the time of day is kept. */
export function addWorkingDays(start: Date, days: number): Date {
  let current = new Date(start.getTime())
  let left = days
  while (left > 0) {
    current = new Date(current.getTime() + DAY_MS)
    if (isWorkingDay(current)) left -= 1
  }
  return current
}
