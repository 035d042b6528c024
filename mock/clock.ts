/** The mock lives in China Standard Time (UTC+8, no DST): dates go out as +08:00, weekends are local. */
const OFFSET_MS = 8 * 60 * 60 * 1000
const DAY_MS = 24 * 60 * 60 * 1000

export function toIso(date: Date): string {
  return new Date(date.getTime() + OFFSET_MS).toISOString().slice(0, 19) + '+08:00'
}

export function parseIso(iso: string): Date {
  return new Date(iso)
}

// Working days are a contract rule (the app counts them back for 用时): one calendar for both sides.
export { addWorkingDays, isWorkingDay } from '../src/api/contract/rules/working-days'

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS)
}

export function addMinutes(date: Date, minutes: number): Date {
  return new Date(date.getTime() + minutes * 60 * 1000)
}

/** Local midnight of the day `days` away from `date`, plus `hours` (e.g. 14.5 = 14:30) Beijing time. */
export function atLocal(date: Date, days: number, hours: number): Date {
  const local = new Date(date.getTime() + OFFSET_MS)
  const midnightUtc = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()) - OFFSET_MS
  return new Date(midnightUtc + days * DAY_MS + hours * 60 * 60 * 1000)
}

/** yyyymmdd in Beijing time, for request numbers. */
export function localDateStamp(date: Date): string {
  return new Date(date.getTime() + OFFSET_MS).toISOString().slice(0, 10).replace(/-/g, '')
}
